package kz.qabyldau.forms.service;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * All known versions of all service definitions, read once; picks the version in force on a date. Immutable and
 * safe to share between threads.
 */
public final class ServiceCatalog {

    /** The class-path folder of the bundled definitions; {@code index.json} lists its files. */
    public static final String BUNDLED_FOLDER = "/qabyldau/services/";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private final Map<String, List<ServiceDefinition>> versionsByService;

    private ServiceCatalog(Collection<ServiceDefinition> definitions) {
        Map<String, List<ServiceDefinition>> byService = new TreeMap<>();
        for (ServiceDefinition d : definitions) {
            byService.computeIfAbsent(d.service(), k -> new ArrayList<>()).add(d);
        }
        for (List<ServiceDefinition> versions : byService.values()) {
            versions.sort(Comparator.comparing(ServiceDefinition::effectiveFrom));
            for (int i = 1; i < versions.size(); i++) {
                if (versions.get(i).effectiveFrom().equals(versions.get(i - 1).effectiveFrom())) {
                    throw new DefinitionException("two versions of " + versions.get(i).service()
                            + " take effect on " + versions.get(i).effectiveFrom());
                }
            }
        }
        byService.replaceAll((k, v) -> List.copyOf(v));
        this.versionsByService = Map.copyOf(byService);
    }

    /** The definitions shipped in the resources jar. */
    public static ServiceCatalog loadBundled() {
        return loadFromClassPath(BUNDLED_FOLDER);
    }

    /** The definitions listed by {@code folder + "index.json"} on the class path (tests use their own folders). */
    public static ServiceCatalog loadFromClassPath(String folder) {
        List<ServiceDefinition> definitions = new ArrayList<>();
        for (String file : index(folder)) {
            // An entry starting with "/" names a file elsewhere on the class path (a test reusing a bundled file).
            definitions.add(read(file.startsWith("/") ? file : folder + file));
        }
        return new ServiceCatalog(definitions);
    }

    /** A catalog of already-read definitions, e.g. the bundled ones plus versions received by sync. */
    public static ServiceCatalog of(Collection<ServiceDefinition> definitions) {
        return new ServiceCatalog(definitions);
    }

    /** Reads one definition file from the class path. */
    public static ServiceDefinition read(String resource) {
        try (InputStream in = open(resource)) {
            return MAPPER.readValue(in, ServiceDefinition.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new DefinitionException("service definition " + resource + " is invalid: " + e.getMessage(), e);
        }
    }

    /**
     * Parses one definition from its text (a version received by sync), with the same model and checks as the
     * bundled files; {@code name} is used in the message.
     *
     * @throws DefinitionException when the text is not a valid definition
     */
    public static ServiceDefinition parse(String text, String name) {
        try {
            return MAPPER.readValue(text, ServiceDefinition.class);
        } catch (IOException | IllegalArgumentException e) {
            throw new DefinitionException("service definition " + name + " is invalid: " + e.getMessage(), e);
        }
    }

    private static List<String> index(String folder) {
        try (InputStream in = open(folder + "index.json")) {
            JsonNode node = MAPPER.readTree(in).path("definitions");
            List<String> files = new ArrayList<>();
            node.forEach(n -> files.add(n.asText()));
            if (files.isEmpty()) {
                throw new DefinitionException(folder + "index.json lists no definitions");
            }
            return files;
        } catch (IOException e) {
            throw new DefinitionException("cannot read " + folder + "index.json: " + e.getMessage(), e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = ServiceCatalog.class.getResourceAsStream(resource);
        if (in == null) {
            throw new DefinitionException("missing class-path resource " + resource);
        }
        return in;
    }

    /** The service ids this catalog knows. */
    public Set<String> services() {
        return new TreeSet<>(versionsByService.keySet());
    }

    /** All versions of {@code service}, oldest first. */
    public List<ServiceDefinition> versions(String service) {
        return versionsByService.getOrDefault(service, List.of());
    }

    /** The version of {@code service} in force on {@code day}: the latest that took effect on or before it. */
    public Optional<ServiceDefinition> inForce(String service, LocalDate day) {
        ServiceDefinition found = null;
        for (ServiceDefinition d : versions(service)) {
            if (!d.effectiveFrom().isAfter(day)) {
                found = d;
            }
        }
        return Optional.ofNullable(found);
    }
}
