package kz.qabyldau.app.i18n;

import java.util.EnumMap;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The interface language of a running workstation and its texts. Views bind labels to
 * {@link #text(String, Object...)}, so switching {@link #languageProperty()} re-labels every
 * visible control at once without rebuilding a screen.
 *
 * <p>Placeholders are {@code {0}}, {@code {1}} …, replaced literally (no {@code MessageFormat}, so
 * an apostrophe in a translation never needs escaping).
 */
public final class I18n {

    private static final Logger LOG = LoggerFactory.getLogger(I18n.class);

    private final ObjectProperty<Language> language;
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    public I18n(Language initial) {
        this.language = new SimpleObjectProperty<>(this, "language", initial);
        for (Language l : Language.values()) {
            bundles.put(l, Bundles.load(Bundles.UI, l));
        }
    }

    /** The current interface language; set it to switch every bound text. */
    public ObjectProperty<Language> languageProperty() {
        return language;
    }

    public Language language() {
        return language.get();
    }

    /** The text of a key in the current language, placeholders filled in. */
    public String get(String key, Object... args) {
        return in(language.get(), key, args);
    }

    /** The text of a key in a given language. */
    public String in(Language lang, String key, Object... args) {
        String pattern;
        try {
            pattern = bundles.get(lang).getString(key);
        } catch (MissingResourceException e) {
            // The bundle consistency test prevents this; a clerk still gets a readable screen.
            LOG.warn("No text for key '{}' in language {}", key, lang.code());
            pattern = key;
        }
        return fill(pattern, args);
    }

    /** A text that follows the interface language. */
    public StringBinding text(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), language);
    }

    static String fill(String pattern, Object... args) {
        String result = pattern;
        for (int i = 0; i < args.length; i++) {
            result = result.replace("{" + i + "}", String.valueOf(args[i]));
        }
        return result;
    }
}
