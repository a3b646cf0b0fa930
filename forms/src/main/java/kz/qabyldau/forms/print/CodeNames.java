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
 * unknown code prints as the code itself, so nothing is lost. When the reference-data module
 * has its own country and region lists, it replaces this class behind the same methods.
 */
public final class CodeNames {

    private static final String REGIONS = "/qabyldau/print/region-names.json";

    private final Map<String, String> alpha3ToAlpha2 = new HashMap<>();
    private final JsonNode regions;

    public CodeNames() {
        for (String a2 : Locale.getISOCountries()) {
            alpha3ToAlpha2.put(new Locale("", a2).getISO3Country(), a2);
        }
        try (InputStream in = CodeNames.class.getResourceAsStream(REGIONS)) {
            regions = in == null ? null : new ObjectMapper().readTree(in).path("regions");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + REGIONS, e);
        }
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
        return Optional.ofNullable(regions).map(r -> r.path(code.strip()).path(language))
                .filter(JsonNode::isTextual).map(JsonNode::asText).orElse(code);
    }
}
