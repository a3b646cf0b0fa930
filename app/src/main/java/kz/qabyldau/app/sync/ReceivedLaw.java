package kz.qabyldau.app.sync;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import kz.qabyldau.forms.print.FormTexts;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * The service definitions and form texts of received bundles ({@code services/…}, {@code forms/…} paths), read with
 * the same model and checks as the bundled ones. A received definition is one more version of its service, picked
 * by {@link ServiceCatalog#inForce} from its own {@code effectiveFrom}; one with the same service and date as a
 * bundled version replaces it (a correction). A received form text is printed from its own {@code effectiveFrom}.
 */
public final class ReceivedLaw {

    private static final String SERVICES = "services/";
    private static final String INDEX = "services/index.json";
    private static final String FORMS = "forms/";
    private static final String JSON = ".json";

    private ReceivedLaw() {
    }

    /**
     * The bundled definitions with the received definition files among {@code files} (data-root paths).
     *
     * @throws kz.qabyldau.forms.service.DefinitionException when a received definition is invalid
     */
    public static ServiceCatalog catalog(ServiceCatalog bundled, Map<String, String> files) {
        Map<String, String> received = definitionFiles(files);
        if (received.isEmpty()) {
            return bundled;
        }
        // Keyed by service and date: a received version of the same day replaces the bundled one.
        Map<String, ServiceDefinition> versions = new LinkedHashMap<>();
        for (String service : bundled.services()) {
            bundled.versions(service).forEach(d -> versions.put(d.service() + "@" + d.effectiveFrom(), d));
        }
        received.forEach((path, text) -> {
            ServiceDefinition d = ServiceCatalog.parse(text, path);
            versions.put(d.service() + "@" + d.effectiveFrom(), d);
        });
        return ServiceCatalog.of(versions.values());
    }

    /**
     * Checks the definitions and form texts of a bundle at receipt, so a broken one is refused whole: every
     * received definition in {@code all} (what is already here with the bundle laid over it) must parse, and
     * every {@code forms/<form>.<lang>.json} of {@code bundle} must be a valid text of a known form.
     *
     * @throws RuntimeException naming the broken file
     */
    static void validate(Map<String, String> all, Map<String, String> bundle) {
        catalog(ServiceCatalog.loadBundled(), all);
        formTextsByName(bundle).forEach((name, text) -> FormTexts.parseReceived(text, name));
    }

    /** The print engine's texts: those received into {@code store} and in force on the day, over the bundled. */
    public static FormTexts formTexts(SyncStore store) {
        Objects.requireNonNull(store, "store");
        return new FormTexts(day -> formTextsByName(store.filesInForce(day)));
    }

    private static Map<String, String> definitionFiles(Map<String, String> files) {
        Map<String, String> found = new LinkedHashMap<>(); // the store's order: a later bundle wins a tie
        files.forEach((path, text) -> {
            // The received index only lists files; the definitions carry their own service and date.
            if (path.startsWith(SERVICES) && path.endsWith(JSON) && !path.equals(INDEX)) {
                found.put(path, text);
            }
        });
        return found;
    }

    private static Map<String, String> formTextsByName(Map<String, String> files) {
        Map<String, String> found = new HashMap<>();
        files.forEach((path, text) -> {
            if (path.startsWith(FORMS) && path.endsWith(JSON)) {
                found.put(path.substring(FORMS.length(), path.length() - JSON.length()), text);
            }
        });
        return found;
    }
}
