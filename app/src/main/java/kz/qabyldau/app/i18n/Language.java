package kz.qabyldau.app.i18n;

import java.util.Locale;

/** The interface languages a clerk can choose. The order is the order of the chooser. */
public enum Language {
    KK("kk", "language.kk", "language.kk.short"),
    RU("ru", "language.ru", "language.ru.short"),
    EN("en", "language.en", "language.en.short");

    private final String code;
    private final String nameKey;
    private final String shortNameKey;

    Language(String code, String nameKey, String shortNameKey) {
        this.code = code;
        this.nameKey = nameKey;
        this.shortNameKey = shortNameKey;
    }

    /** The ISO 639-1 code stored in the settings ("kk", "ru", "en"). */
    public String code() {
        return code;
    }

    /** The UI text key of the language's own name ("Қазақша", "Русский", "English"). */
    public String nameKey() {
        return nameKey;
    }

    /** The UI text key of the language's three-letter label on the header's switch ("ҚАЗ"). */
    public String shortNameKey() {
        return shortNameKey;
    }

    public Locale locale() {
        return Locale.forLanguageTag(code);
    }

    /**
     * The language for a stored code; Kazakh, the state language, for anything unknown (a
     * settings row written by a newer version, or a hand-edited database).
     */
    public static Language fromCode(String code) {
        for (Language l : values()) {
            if (l.code.equalsIgnoreCase(code == null ? "" : code.trim())) {
                return l;
            }
        }
        return KK;
    }
}
