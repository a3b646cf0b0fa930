package kz.qabyldau.forms.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Names of coded values in the form's language: countries (ISO 3166-1 alpha-3) from the JDK's
 * CLDR data, regions (KATO first level) from {@code /qabyldau/print/region-names.json}. An
 * unknown code prints as the code itself, so nothing is lost. Values of enum fields
 * ({@code married}, {@code lost} …) print as their names from {@code /qabyldau/print/enum-values.json}
 * (by field id and value). When the reference-data module
 * has its own country and region lists, it replaces this class behind the same methods.
 */
public final class CodeNames {

    private static final String REGIONS = "/qabyldau/print/region-names.json";
    private static final String ENUM_VALUES = "/qabyldau/print/enum-values.json";

    private final Map<String, String> alpha3ToAlpha2 = new HashMap<>();
    private final JsonNode regions;
    private final JsonNode enumValues;

    public CodeNames() {
        for (String a2 : Locale.getISOCountries()) {
            alpha3ToAlpha2.put(new Locale("", a2).getISO3Country(), a2);
        }
        regions = read(REGIONS).path("regions");
        enumValues = read(ENUM_VALUES).path("fields");
    }

    private static JsonNode read(String resource) {
        try (InputStream in = CodeNames.class.getResourceAsStream(resource)) {
            return in == null ? com.fasterxml.jackson.databind.node.MissingNode.getInstance()
                    : new ObjectMapper().readTree(in);
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
        String a2 = alpha3ToAlpha2.get(code.strip().toUpperCase(Locale.ROOT));
        if (a2 == null) {
            return code;
        }
        String name = new Locale("", a2).getDisplayCountry(Locale.forLanguageTag(language));
        return name.isBlank() || name.equals(a2) ? code : name;
    }

    /** The region's name in {@code language}, or the code when it is unknown. */
    public String region(String code, String language) {
        return Optional.of(regions.path(code.strip()).path(language))
                .filter(JsonNode::isTextual).map(JsonNode::asText).orElse(code);
    }
}
