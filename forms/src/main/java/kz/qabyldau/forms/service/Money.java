package kz.qabyldau.forms.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/**
 * Amounts of money as a reader of the language writes them, the one formatter of the workstation for sums shown
 * or written in a text: Kazakh and Russian group thousands with a no-break space and write a decimal comma
 * ({@code 103 800}, {@code 1 234,50}), English a comma and a point ({@code 103,800}). Whole tenge are shown
 * without decimals, anything else with two. The symbols are fixed here rather than taken from the JDK's locale
 * data, which has changed its separators between versions (a narrow no-break space for some languages): a
 * clerk's screen and a test must read the same.
 */
public final class Money {

    /** The tenge sign, after the amount and a no-break space. */
    public static final String TENGE = "\u00a0₸";

    private Money() {
    }

    /** The amount in {@code language} ({@code kk}, {@code ru}, {@code en}): {@code 103 800}, {@code 1 234,50}. */
    public static String amount(BigDecimal value, String language) {
        Objects.requireNonNull(value, "value");
        DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
        boolean english = "en".equals(language);
        symbols.setGroupingSeparator(english ? ',' : '\u00a0');
        symbols.setDecimalSeparator(english ? '.' : ',');
        symbols.setMinusSign('-');
        BigDecimal plain = value.stripTrailingZeros();
        DecimalFormat format = new DecimalFormat(plain.scale() <= 0 ? "#,##0" : "#,##0.00", symbols);
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(value);
    }

    /** The amount with the tenge sign: {@code 103 800 ₸}. */
    public static String tenge(BigDecimal value, String language) {
        return amount(value, language) + TENGE;
    }
}
