package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.service.LocalizedText;
import kz.qabyldau.forms.service.Money;

import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The clerk-facing texts of verdicts, from the bundle {@code /qabyldau/i18n/verdict_{kk,ru,en}.properties}. Each
 * message is built in all three languages at once, so a verdict can be shown or printed in any of them.
 * Arguments: {@link LocalizedText} is taken in the message's language, dates print as {@code dd.MM.yyyy}, amounts
 * in the language's grouping ({@link Money}: {@code 103 800}, {@code 103,800}).
 */
final class Messages {

    static final String BUNDLE = "qabyldau.i18n.verdict";
    private static final String[] LANGUAGES = {"kk", "ru", "en"};
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final ResourceBundle[] BUNDLES = new ResourceBundle[LANGUAGES.length];

    static {
        // No fallback: a key missing in one language must fail the bundle test, not silently show another one.
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (int i = 0; i < LANGUAGES.length; i++) {
            BUNDLES[i] = ResourceBundle.getBundle(BUNDLE, Locale.forLanguageTag(LANGUAGES[i]), control);
        }
    }

    private Messages() {
    }

    /** The message {@code key} in kk, ru and en with {@code args} filled in. */
    static LocalizedText text(String key, Object... args) {
        String[] out = new String[LANGUAGES.length];
        for (int i = 0; i < LANGUAGES.length; i++) {
            String pattern;
            try {
                pattern = BUNDLES[i].getString(key);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("message " + key + " missing in verdict_" + LANGUAGES[i], e);
            }
            Object[] localized = new Object[args.length];
            for (int a = 0; a < args.length; a++) {
                localized[a] = render(args[a], LANGUAGES[i]);
            }
            out[i] = new MessageFormat(pattern, Locale.ROOT).format(localized);
        }
        return new LocalizedText(out[0], out[1], out[2]);
    }

    private static String render(Object arg, String language) {
        if (arg instanceof LocalizedText t) {
            return t.in(language);
        }
        if (arg instanceof LocalDate d) {
            return DAY.format(d);
        }
        if (arg instanceof BigDecimal b) {
            return Money.amount(b, language);
        }
        return String.valueOf(arg);
    }
}
