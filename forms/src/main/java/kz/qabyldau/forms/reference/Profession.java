package kz.qabyldau.forms.reference;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import kz.qabyldau.forms.reference.versioning.Provenance;

/**
 * A profession offered as completion for {@code request.profession}. The list only helps the clerk type: the
 * application stores the text, and a profession not in the list is accepted as typed.
 *
 * @param code       the project's stable key ("nanny"), not an official classifier code
 * @param names      name by language code
 * @param provenance where the entry comes from
 */
public record Profession(String code, Map<String, String> names, Provenance provenance) {

    public Profession {
        Objects.requireNonNull(code, "code");
        if (code.isBlank()) {
            throw new IllegalArgumentException("A profession needs a code");
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
