package kz.qabyldau.forms.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

import kz.qabyldau.forms.reference.Country;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.Region;

/**
 * Names of coded values in the form's language. Countries and regions come from the reference
 * data (the same versioned lists the law core judges with, so a renamed region prints its new name
 * once the data says so). Values of enum fields ({@code married}, {@code lost} …) print as their
 * names from {@code /qabyldau/print/enum-values.json} (by field id and value). An unknown code
 * prints as the code itself, so nothing is lost.
 */
public final class CodeNames {

    private static final String ENUM_VALUES = "/qabyldau/print/enum-values.json";

    private final ReferenceData reference;
    private final JsonNode enumValues;

    /** Names from the bundled reference data. */
    public CodeNames() {
        this(ReferenceData.loadBundled());
    }

    /** Names from the given reference data (e.g. updated by sync). */
    public CodeNames(ReferenceData reference) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.enumValues = read(ENUM_VALUES).path("fields");
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CodeNames.class.getResourceAsStream(resource)) {
            return in == null ? MissingNode.getInstance() : new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }

    /**
     * The name of the value {@code code} of the enum field {@code fieldId} in {@code language}; empty when the
     * field is not an enum of the service definitions or the value has no name (then the value prints as is).
     */
    public Optional<String> enumValue(String fieldId, String code, String language) {
        return Optional.of(enumValues.path(fieldId).path(code.strip()).path(language))
                .filter(JsonNode::isTextual).map(JsonNode::asText);
    }

    /** The country's name in {@code language}, or the code when it is unknown. */
    public String country(String code, String language) {
        return reference.country(code.strip().toUpperCase(Locale.ROOT)).map((Country c) -> c.name(language))
                .filter(name -> !name.isBlank()).orElse(code);
    }

    /** The region's name in {@code language}, or the code when it is unknown. */
    public String region(String code, String language) {
        return reference.region(code.strip()).map((Region r) -> r.name(language))
                .filter(name -> !name.isBlank()).orElse(code);
    }
}
