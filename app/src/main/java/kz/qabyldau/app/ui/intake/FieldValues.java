package kz.qabyldau.app.ui.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
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
            case DATE -> date(text);
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

    /** A typed date, {@code 01.03.2026} or {@code 01032026}, if it is one; else null. */
    public static LocalDate parseDate(String text) {
        if (text == null) {
            return null;
        }
        String t = text.strip();
        try {
            return LocalDate.parse(t, t.matches("\\d{8}") ? DIGITS_ONLY_DATE : TYPED_DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static Object date(String text) {
        LocalDate date = parseDate(text);
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
