package kz.qabyldau.app.config;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Texts of bundle {@value #BUNDLE}: what the clerk is told when the data folder or the database
 * cannot be used. Kazakh, Russian and English; any other language falls back to English (never to
 * the JVM's default locale, which on a clerk's PC may be anything).
 */
public final class StoreMessages {

    /** Base name of the bundle on the class path ({@code /qabyldau/i18n/store_*.properties}). */
    public static final String BUNDLE = "qabyldau.i18n.store";

    private StoreMessages() {
    }

    /** The bundle for the language of {@code locale}, English when there is none. */
    public static ResourceBundle bundle(Locale locale) {
        return ClerkMessages.bundle(BUNDLE, locale);
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} … replaced by {@code args}. */
    public static String format(Locale locale, String key, Object... args) {
        return ClerkMessages.format(BUNDLE, locale, key, args);
    }
}
