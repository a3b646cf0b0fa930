package kz.qabyldau.app.ui.intake;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import kz.qabyldau.forms.reference.Country;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.Region;

/**
 * Country and region names from the reference data, for completion: the clerk types a name in any of the three
 * languages (or the code) and the application stores the code (ISO alpha-3, KATO).
 */
public final class PlaceNames {

    private final ReferenceData reference;

    public PlaceNames(ReferenceData reference) {
        this.reference = reference;
    }

    /** Every country name in {@code language}, sorted for that language. */
    public List<String> countryNames(String language) {
        return reference.countries().stream().map(c -> c.name(language)).sorted(collator(language)).toList();
    }

    /** Every region name in {@code language}, sorted. */
    public List<String> regionNames(String language) {
        return reference.regions().stream().map(r -> r.name(language)).sorted(collator(language)).toList();
    }

    /** The alpha-3 code of a typed country name (any language, any case) or code. */
    public Optional<String> countryCode(String typed) {
        String t = typed.strip();
        return reference.countries().stream()
                .filter(c -> c.alpha3().equalsIgnoreCase(t) || c.names().values().stream().anyMatch(t::equalsIgnoreCase))
                .map(Country::alpha3).findFirst();
    }

    /** The KATO code of a typed region name (any language) or code. */
    public Optional<String> regionCode(String typed) {
        String t = typed.strip();
        return reference.regions().stream()
                .filter(r -> r.code().equals(t) || r.names().values().stream().anyMatch(t::equalsIgnoreCase))
                .map(Region::code).findFirst();
    }

    /** The name to show for a stored country code; the code itself when unknown. */
    public String countryName(String code, String language) {
        return reference.country(code).map(c -> c.name(language)).orElse(code);
    }

    public String regionName(String code, String language) {
        return reference.region(code).map(r -> r.name(language)).orElse(code);
    }

    private static Comparator<String> collator(String language) {
        java.text.Collator collator = java.text.Collator.getInstance(Locale.forLanguageTag(language));
        return collator::compare;
    }
}
