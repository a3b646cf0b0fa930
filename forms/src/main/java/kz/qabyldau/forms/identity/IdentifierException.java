package kz.qabyldau.forms.identity;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * An identifier (IIN, BIN, MRZ) was rejected. Carries a message key of the bundle
 * {@code qabyldau/i18n/identity} and its arguments, so the clerk sees the reason in Kazakh,
 * Russian or English; {@link #getMessage()} is the English text for logs.
 */
public class IdentifierException extends IllegalArgumentException {

    /** The message bundle's base name on the class path. */
    public static final String BUNDLE = "qabyldau.i18n.identity";

    private static final long serialVersionUID = 1L;

    private final String key;
    private final transient List<Object> args;

    /**
     * @param key  the message key, e.g. {@code iin.checkDigit}
     * @param args the message's arguments ({0}, {1}, …)
     */
    public IdentifierException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    /** The message key in the identity bundle. */
    public String key() {
        return key;
    }

    /** The arguments of the message, in order. */
    public List<Object> args() {
        return args;
    }

    /** The message in the locale's language (kk, ru or en; English for any other language). */
    public String localizedMessage(Locale locale) {
        ResourceBundle bundle = bundle(locale);
        MessageFormat format = new MessageFormat(bundle.getString(key), bundle.getLocale());
        return format.format(args.toArray());
    }

    @Override
    public String getMessage() {
        return localizedMessage(Locale.ENGLISH);
    }

    @Override
    public String getLocalizedMessage() {
        return localizedMessage(Locale.getDefault());
    }

    private static ResourceBundle bundle(Locale locale) {
        // No fallback to the JVM's default locale: a clerk's Russian screen must not turn
        // Kazakh because the workstation's OS is set to Kazakh.
        ResourceBundle.Control exact = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        try {
            return ResourceBundle.getBundle(BUNDLE, new Locale(locale.getLanguage()), exact);
        } catch (MissingResourceException unsupported) {
            return ResourceBundle.getBundle(BUNDLE, Locale.ENGLISH, exact);
        }
    }
}
