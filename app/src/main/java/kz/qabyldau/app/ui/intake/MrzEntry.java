package kz.qabyldau.app.ui.intake;

import java.util.Arrays;

/**
 * Tells when the text of the MRZ field is a whole zone. A keyboard-wedge reader types the lines with Enter between
 * them and after the last one; so Enter after an incomplete zone is a line break, and Enter after the last line (or
 * any Enter once enough lines are there) reads the zone. A paste is read as soon as it holds a whole zone.
 */
public final class MrzEntry {

    private static final int PASSPORT_LINE = 44;
    private static final int CARD_LINE = 30;

    private MrzEntry() {
    }

    /** Whether the text holds the lines of a passport (2 × 44) or an ID card (3 × 30). */
    public static boolean complete(String text) {
        String[] lines = lines(text);
        if (lines.length == 1) {
            int n = lines[0].length();
            return n == 2 * PASSPORT_LINE || n == 3 * CARD_LINE;
        }
        return lines.length == 2 && lines[0].length() == PASSPORT_LINE && lines[1].length() == PASSPORT_LINE
                || lines.length == 3 && Arrays.stream(lines).allMatch(l -> l.length() == CARD_LINE);
    }

    /**
     * Whether Enter should read the zone now: it is complete, or it has as many lines as its first line's length
     * implies (so a damaged zone is read, and the clerk learns which check digit failed, instead of a new line).
     */
    public static boolean readOnEnter(String text) {
        if (complete(text)) {
            return true;
        }
        String[] lines = lines(text);
        if (lines.length == 0 || lines[0].isEmpty()) {
            return false;
        }
        int expectedLines = lines[0].length() <= CARD_LINE ? 3 : 2;
        return lines.length >= expectedLines;
    }

    private static String[] lines(String text) {
        if (text == null || text.isBlank()) {
            return new String[0];
        }
        return Arrays.stream(text.strip().split("\\R")).map(String::strip).filter(l -> !l.isEmpty())
                .toArray(String[]::new);
    }
}
