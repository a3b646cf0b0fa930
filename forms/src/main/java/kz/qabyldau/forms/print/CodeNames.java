package kz.qabyldau.forms.print;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import kz.qabyldau.forms.reference.Country;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.Region;
import kz.qabyldau.forms.service.FieldDefinition;
import kz.qabyldau.forms.service.FieldType;
import kz.qabyldau.forms.service.LocalizedText;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * Names of coded values in the form's language. Countries and regions come from the reference
 * data (the same versioned lists the law core judges with, so a renamed region prints its new name
 * once the data says so). Values of enum fields ({@code married}, {@code lost} …) print as their
 * names from the service definitions' {@code valueLabels} (by field id and value; the desk's choice
 * lists read the same labels, so there is one source). An unknown code prints as the code itself,
 * so nothing is lost.
 */
public final class CodeNames {

    private final ReferenceData reference;
    private final Map<String, Map<String, LocalizedText>> enumValues;

    /** Names from the bundled reference data and service definitions. */
    public CodeNames() {
        this(ReferenceData.loadBundled());
    }

    /** Names from the given reference data (e.g. updated by sync) and the bundled service definitions. */
    public CodeNames(ReferenceData reference) {
        this(reference, ServiceCatalog.loadBundled());
    }

    /** Names from the given reference data and service definitions (e.g. with versions received by sync). */
    public CodeNames(ReferenceData reference, ServiceCatalog catalog) {
        this.reference = Objects.requireNonNull(reference, "reference");
        this.enumValues = enumLabels(catalog);
    }

    /** Every enum value's name by field id and value; a later version's name wins over an earlier one's. */
    private static Map<String, Map<String, LocalizedText>> enumLabels(ServiceCatalog catalog) {
        Map<String, Map<String, LocalizedText>> labels = new HashMap<>();
        for (String service : catalog.services()) {
            for (ServiceDefinition d : catalog.versions(service)) {
                d.fields().filter(f -> f.type() == FieldType.ENUM).forEach((FieldDefinition f) ->
                        labels.computeIfAbsent(f.id(), k -> new HashMap<>()).putAll(f.valueLabels()));
            }
        }
        return labels;
    }

    /**
     * The name of the value {@code code} of the enum field {@code fieldId} in {@code language}; empty when the
     * field is not an enum of the service definitions or the value has no name (then the value prints as is).
     */
    public Optional<String> enumValue(String fieldId, String code, String language) {
        return Optional.ofNullable(enumValues.getOrDefault(fieldId, Map.of()).get(code.strip()))
                .map(t -> t.in(language));
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
