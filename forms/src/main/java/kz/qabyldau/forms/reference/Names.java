package kz.qabyldau.forms.reference;

import java.util.Locale;
import java.util.Map;

/** Picks a name by language, falling back to English and then to a code. */
final class Names {

    private Names() {
    }

    static String pick(Map<String, String> names, String language, String fallback) {
        String lang = language == null ? "" : language.toLowerCase(Locale.ROOT);
        String name = names.get(lang);
        if (name == null || name.isBlank()) {
            name = names.get("en");
        }
        return name == null || name.isBlank() ? fallback : name;
    }
}
