package kz.qabyldau.forms.service;

import java.util.Objects;

/**
 * A text in the three languages a clerk may work in. Every clerk-facing text of a definition has all three, so a
 * missing translation is a data error caught when the definition is loaded.
 */
public record LocalizedText(String kk, String ru, String en) {

    public LocalizedText {
        Objects.requireNonNull(kk, "kk");
        Objects.requireNonNull(ru, "ru");
        Objects.requireNonNull(en, "en");
    }

    /** The text in {@code language} ({@code kk}, {@code ru} or {@code en}); Kazakh for anything else. */
    public String in(String language) {
        if ("ru".equals(language)) {
            return ru;
        }
        if ("en".equals(language)) {
            return en;
        }
        return kk;
    }
}
