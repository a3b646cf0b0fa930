package kz.qabyldau.forms.identity;

import java.util.OptionalInt;

/** The check digit shared by IIN and BIN: a weighted sum modulo 11, with a second pass. */
final class TaxpayerCheckDigit {

    private static final int[] FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    private TaxpayerCheckDigit() {
    }

    /**
     * The check digit of the first 11 digits, or empty when both passes give 10: such a
     * number is never issued.
     */
    static OptionalInt of(String digits) {
        int s = weighted(digits, FIRST);
        if (s == 10) {
            s = weighted(digits, SECOND);
        }
        return s == 10 ? OptionalInt.empty() : OptionalInt.of(s);
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }

    /** Common checks of a 12-digit number: length, digits only, then the check digit. */
    static String requireTwelveDigits(String text, String prefix) {
        if (text == null || text.isBlank()) {
            throw new IdentifierException(prefix + ".empty");
        }
        String value = text.strip();
        if (value.length() != 12) {
            throw new IdentifierException(prefix + ".length", value.length());
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new IdentifierException(prefix + ".notDigit", i + 1, String.valueOf(c));
            }
        }
        return value;
    }

    static void requireCheckDigit(String value, String prefix) {
        OptionalInt expected = of(value);
        if (expected.isEmpty()) {
            throw new IdentifierException(prefix + ".neverIssued");
        }
        int found = value.charAt(11) - '0';
        if (expected.getAsInt() != found) {
            throw new IdentifierException(prefix + ".checkDigit", expected.getAsInt(), found);
        }
    }
}
