package kz.qabyldau.app.ui.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.regex.Pattern;

import kz.qabyldau.forms.service.FieldDefinition;

/**
 * Converts between what the clerk types and the values the application format stores
 * ({@code docs/application-format.md}): dates typed {@code dd.mm.yyyy} are stored ISO, numbers as numbers.
 *
 * <p>Text that cannot be converted is kept as typed rather than dropped: the draft must never lose what the clerk
 * typed, and the law core then names the problem ({@code NOT_A_DATE}, {@code NOT_A_NUMBER}) in the clerk's language.
 */
public final class FieldValues {

    /** How the desk shows and takes dates. */
    public static final DateTimeFormatter TYPED_DATE =
            DateTimeFormatter.ofPattern("dd.MM.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final DateTimeFormatter DIGITS_ONLY_DATE =
            DateTimeFormatter.ofPattern("ddMMuuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern WHOLE = Pattern.compile("-?\\d+");

    private FieldValues() {
    }

    /** The value to store for the text typed into a field of {@code field}'s type; null for a blank field. */
    public static Object fromTyped(FieldDefinition field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        return switch (field.type()) {
            case DATE -> date(text, field.notAfterFiling());
            case INTEGER, YEAR -> {
                String digits = text.replaceAll("[\\s\\u00a0]", "");
                yield WHOLE.matcher(digits).matches() && digits.length() < 18 ? (Object) Long.valueOf(digits) : text;
            }
            case MONEY -> money(text);
            default -> text;
        };
    }

    /** The text a field shows for a stored value (a resumed draft, a value filled from the MRZ). */
    public static String toTyped(FieldDefinition field, Object value) {
        if (value == null) {
            return "";
        }
        return switch (field.type()) {
            case DATE -> {
                try {
                    yield LocalDate.parse(value.toString()).format(TYPED_DATE);
                } catch (DateTimeParseException e) {
                    yield value.toString();
                }
            }
            case MONEY -> value instanceof BigDecimal b ? b.toPlainString() : value.toString();
            default -> value.toString();
        };
    }

    /** A typed date, {@code 01.03.2026}, {@code 01032026} or {@code 010326}, if it is one; else null. */
    public static LocalDate parseDate(String text) {
        return parseDate(text, false);
    }

    /**
     * A typed date, {@code 01.03.2026}, {@code 01032026} or six digits {@code 010326} (issue #13: two keys less per
     * date), if it is one; else null. Six digits mean this century, unless {@code past} (a date that cannot lie
     * after the filing day: birth, issue, border crossing, payment) and that would be a later year than this one —
     * then the last century ({@code 120390} is 12.03.1990 for a birth date). The date is shown in full once the clerk
     * moves on, so a wrong century is seen.
     */
    public static LocalDate parseDate(String text, boolean past) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        if (t.matches("\\d{6}")) {
            int year = 2000 + Integer.parseInt(t.substring(4));
            if (past && year > Year.now().getValue()) {
                year -= 100;
            }
            t = t.substring(0, 4) + year;
        }
        try {
            return LocalDate.parse(t, t.matches("\\d{8}") ? DIGITS_ONLY_DATE : TYPED_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Object date(String text, boolean past) {
        LocalDate date = parseDate(text, past);
        if (date != null) {
            return date.toString();
        }
        // An ISO date (pasted from elsewhere) is taken as it is.
        try {
            return LocalDate.parse(text).toString();
        } catch (DateTimeParseException e) {
            return text;
        }
    }

    private static Object money(String text) {
        String plain = text.replaceAll("[\\s\\u00a0₸]", "").replace(',', '.');
        try {
            return new BigDecimal(plain);
        } catch (NumberFormatException e) {
            return text;
        }
    }
}
