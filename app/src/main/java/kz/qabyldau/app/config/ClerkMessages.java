package kz.qabyldau.app.config;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Reads a message bundle of what the clerk is told outside the window's own texts (storage,
 * application store …). Kazakh, Russian and English; any other language falls back to English,
 * never to the JVM's default locale, which on a clerk's PC may be anything.
 */
public final class ClerkMessages {

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private ClerkMessages() {
    }

    /** The bundle {@code baseName} for the language of {@code locale}, English when there is none. */
    public static ResourceBundle bundle(String baseName, Locale locale) {
        try {
            return ResourceBundle.getBundle(baseName, Locale.forLanguageTag(locale.getLanguage()), NO_FALLBACK);
        } catch (MissingResourceException e) {
            return ResourceBundle.getBundle(baseName, Locale.ENGLISH, NO_FALLBACK);
        }
    }

    /** The text of {@code key} with {@code {0}}, {@code {1}} … replaced by {@code args}. */
    public static String format(String baseName, Locale locale, String key, Object... args) {
        ResourceBundle bundle = bundle(baseName, locale);
        return new MessageFormat(bundle.getString(key), bundle.getLocale()).format(args);
    }
}
