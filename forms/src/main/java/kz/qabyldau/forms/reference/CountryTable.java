package kz.qabyldau.forms.reference;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** One edition of the country list, indexed by alpha-3 code. */
record CountryTable(List<Country> countries, Map<String, Country> byAlpha3) {

    static CountryTable of(List<Country> countries) {
        return new CountryTable(List.copyOf(countries),
                countries.stream().collect(Collectors.toUnmodifiableMap(Country::alpha3, Function.identity())));
    }

    Optional<Country> find(String alpha3) {
        return alpha3 == null ? Optional.empty()
                : Optional.ofNullable(byAlpha3.get(alpha3.trim().toUpperCase(Locale.ROOT)));
    }
}
