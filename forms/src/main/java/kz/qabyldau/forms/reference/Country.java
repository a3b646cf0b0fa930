package kz.qabyldau.forms.reference;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.qabyldau.forms.reference.versioning.Provenance;
import kz.qabyldau.forms.reference.versioning.Sourced;

/**
 * A country of ISO 3166-1 with its names and the two facts the permit rules need.
 *
 * @param alpha3            ISO 3166-1 alpha-3 code, the form used in applications ("UZB")
 * @param alpha2            ISO 3166-1 alpha-2 code ("UZ")
 * @param names             name by language code (kk, ru, en)
 * @param namesProvenance   where the codes and names come from
 * @param eaeuMembership    member of the Eurasian Economic Union (its citizens need no permit), with source
 * @param permitEligibility citizens may get a labour-immigrant permit (visa-free state), with source
 */
public record Country(String alpha3, String alpha2, Map<String, String> names, Provenance namesProvenance,
                      Sourced<Boolean> eaeuMembership, Sourced<Boolean> permitEligibility) {

    public Country {
        Objects.requireNonNull(alpha3, "alpha3");
        Objects.requireNonNull(alpha2, "alpha2");
        names = Map.copyOf(names);
        Objects.requireNonNull(namesProvenance, "namesProvenance");
        Objects.requireNonNull(eaeuMembership, "eaeuMembership");
        Objects.requireNonNull(permitEligibility, "permitEligibility");
    }

    /** The name in the language ("kk", "ru", "en"), else English, else the alpha-3 code. */
    public String name(String language) {
        return Names.pick(names, language, alpha3);
    }

    /** The name in the locale's language. */
    public String name(Locale locale) {
        return name(locale.getLanguage());
    }

    /** Whether the country is a member of the EAEU (Kazakhstan included). */
    public boolean eaeu() {
        return eaeuMembership.value();
    }

    /**
     * Whether its citizens are eligible for a labour-immigrant permit (see {@link #permitEligibility()} for how sure).
     */
    public boolean permitEligible() {
        return permitEligibility.value();
    }
}
