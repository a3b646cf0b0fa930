package kz.qabyldau.app.central;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people type them on the command line: {@code 0}, {@code 500ms}, {@code 5s}, {@code 2m}, {@code 1h}. */
public final class DurationText {

    private static final Pattern TEXT = Pattern.compile("(\\d{1,9})(ms|s|m|h)?");

    private DurationText() {
    }

    /**
     * @throws IllegalArgumentException with a message naming the accepted forms
     */
    public static Duration parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration (e.g. 0, 500ms, 5s, 2m, 1h)");
        }
        long n = Long.parseLong(m.group(1));
        String unit = m.group(2) == null ? "s" : m.group(2);
        return switch (unit) {
            case "ms" -> Duration.ofMillis(n);
            case "m" -> Duration.ofMinutes(n);
            case "h" -> Duration.ofHours(n);
            default -> Duration.ofSeconds(n);
        };
    }
}
