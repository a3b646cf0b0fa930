package kz.qabyldau.app.store.applications;

import java.util.Locale;
import java.util.ResourceBundle;

import kz.qabyldau.app.config.ClerkMessages;

/**
 * Texts of bundle {@value #BUNDLE}: what the clerk is told when the application store refuses
 * something (a stale draft, a scan of the wrong type, an accept the verdict does not allow).
 * Kazakh, Russian and English; any other language falls back to English, never to the JVM's locale.
 */
public final class ApplicationMessages {

    /** Base name of the bundle on the class path ({@code /qabyldau/i18n/applications_*.properties}). */
    public static final String BUNDLE = "qabyldau.i18n.applications";

    private ApplicationMessages() {
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
