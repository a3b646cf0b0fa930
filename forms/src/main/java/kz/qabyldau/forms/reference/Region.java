package kz.qabyldau.forms.reference;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.qabyldau.forms.reference.versioning.Provenance;

/**
 * A first-level administrative unit (region or city of republican significance).
 *
 * @param code       KATO code, nine digits ("710000000")
 * @param iso        ISO 3166-2 code ("KZ-71")
 * @param names      name by language code
 * @param provenance where the code and names come from
 */
public record Region(String code, String iso, Map<String, String> names, Provenance provenance) {

    public Region {
        Objects.requireNonNull(code, "code");
        if (!code.matches("\\d{2}0{7}")) {
            throw new IllegalArgumentException("Not a first-level KATO code: " + code);
        }
        names = Map.copyOf(names);
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The name in the language, else English, else the code. */
    public String name(String language) {
        return Names.pick(names, language, code);
    }

    /** The name in the locale's language. */
    public String name(Locale locale) {
        return name(locale.getLanguage());
    }
}
