package kz.qabyldau.forms.identity;

/** ICAO 9303 Part 3 check digit: 0–9, A=10…Z=35, {@code <}=0; weights 7, 3, 1; sum mod 10. */
final class MrzCheckDigit {

    private static final int[] WEIGHTS = {7, 3, 1};

    private MrzCheckDigit() {
    }

    static int of(CharSequence data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            sum += value(data.charAt(i)) * WEIGHTS[i % 3];
        }
        return sum % 10;
    }

    private static int value(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'Z') {
            return c - 'A' + 10;
        }
        return 0; // '<'; other characters were rejected before
    }

    /**
     * Verifies one check digit.
     *
     * @param field       the field's name in the message key {@code mrz.checkDigit.<field>}
     * @param data        the characters the digit protects
     * @param found       the check character read
     * @param mayBeFiller whether {@code <} is allowed for an empty field (optional personal number)
     */
    static void verify(String field, CharSequence data, char found, boolean mayBeFiller) {
        if (mayBeFiller && found == '<' && data.chars().allMatch(c -> c == '<')) {
            return;
        }
        int expected = of(data);
        if (found != (char) ('0' + expected)) {
            throw new IdentifierException("mrz.checkDigit." + field, expected, String.valueOf(found));
        }
    }
}
