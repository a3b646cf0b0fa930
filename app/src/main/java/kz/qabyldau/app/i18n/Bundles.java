package kz.qabyldau.app.i18n;

import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * Loads the text bundles under {@code /qabyldau/i18n/}. Every bundle has exactly the three files
 * {@code NAME_en}, {@code NAME_kk} and {@code NAME_ru}; there is no base file.
 *
 * <p>The JDK's default lookup falls back to the JVM's default locale when a language file is
 * missing, so a Kazakh clerk on a machine set to English could silently see English. The
 * no-fallback control makes a missing file an error instead of a surprise.
 */
public final class Bundles {

    /** Folder (class-path package) of every text bundle. */
    public static final String FOLDER = "qabyldau/i18n/";
    /** The workstation's own interface texts. */
    public static final String UI = "qabyldau.i18n.ui";

    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(List.of("java.properties"));

    private Bundles() {
    }

    /**
     * Loads a bundle in one language; properties files are read as UTF-8.
     *
     * @throws java.util.MissingResourceException when the language's file is missing
     */
    public static ResourceBundle load(String baseName, Language language) {
        return ResourceBundle.getBundle(baseName, language.locale(), Bundles.class.getClassLoader(), NO_FALLBACK);
    }

    /** As {@link #load(String, Language)} for a raw locale; used by tests that probe the fallback rule. */
    static ResourceBundle load(String baseName, Locale locale) {
        return ResourceBundle.getBundle(baseName, locale, Bundles.class.getClassLoader(), NO_FALLBACK);
    }
}
