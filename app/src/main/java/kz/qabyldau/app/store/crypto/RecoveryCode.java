package kz.qabyldau.app.store.crypto;

import java.security.SecureRandom;
import java.util.Arrays;

/**
 * The administrator's recovery code: 25 characters of Crockford's Base32 (125 random bits) in five
 * groups, e.g. {@code 7KQ2M-...}. Typed back, case, dashes and spaces do not matter, and the letters
 * that look like digits (O, I, L) read as those digits.
 */
final class RecoveryCode {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int LENGTH = 25;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCode() {
    }

    static char[] generate() {
        char[] code = new char[LENGTH + LENGTH / 5 - 1];
        int at = 0;
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                code[at++] = '-';
            }
            code[at++] = ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length()));
        }
        return code;
    }

    /** The code as it is fed to Argon2: the 25 symbols, upper case; a typo changes it (opens nothing). */
    static char[] normalise(char[] typed) {
        char[] out = new char[typed.length];
        int n = 0;
        for (char c : typed) {
            char u = Character.toUpperCase(c);
            if (u == '-' || Character.isWhitespace(u)) {
                continue;
            }
            out[n++] = switch (u) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> u;
            };
        }
        char[] exact = Arrays.copyOf(out, n);
        Arrays.fill(out, '\0');
        return exact;
    }
}
