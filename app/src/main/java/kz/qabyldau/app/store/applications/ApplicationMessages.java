package kz.qabyldau.app.store.applications;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Texts of bundle {@value #BUNDLE}: what the clerk is told when the application store refuses
 * something (a stale draft, a scan of the wrong type, an accept the verdict does not allow).
 * Kazakh, Russian and English; any other language falls back to English, never to the JVM's locale.
 */
public final class ApplicationMessages {

    /** Base name of the bundle on the class path ({@code /qabyldau/i18n/applications_*.properties}). */
    public static final String BUNDLE = "qabyldau.i18n.applications";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ApplicationMessages() {
    }

    /** The bundle for the language of {@code locale}, English when there is none. */
    public static ResourceBundle bundle(Locale locale) {
        try {
            return ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(locale.getLanguage()), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, NO_FALLBACK);
        }
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} … replaced by {@code args}. */
    public static String format(Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(locale);
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
