package kz.qabyldau.forms.print;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Fills a form's placeholders from the print data in the form's language: dates as
 * DD.MM.YYYY (or the slot's pattern), codes (countries, regions, enum values) as names, every value cleaned and checked
 * against the font. An empty value becomes the form's blank line (underscores).
 */
final class FormValues {

    static final String BLANK = "______________";
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}(T.*)?");

    private final PrintData data;
    private final String language;
    private final Locale locale;
    private final CodeNames names;
    private final FormFonts fonts;
    private final String form;

    FormValues(String form, PrintData data, String language, CodeNames names, FormFonts fonts) {
        this.form = form;
        this.data = data;
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        this.names = names;
        this.fonts = fonts;
    }

    /** A piece of filled text: fixed form text or a value ({@code blank} when the value was empty). */
    record Piece(String text, boolean value, boolean blank) {
    }

    /** The template with its placeholders filled, as pieces. */
    List<Piece> expand(String template) {
        List<Piece> out = new ArrayList<>();
        List<Placeholders.Segment> segments = Placeholders.parse(template);
        for (int i = 0; i < segments.size(); i++) {
            Placeholders.Segment s = segments.get(i);
            if (s.literal() != null) {
                out.add(new Piece(s.literal(), false, false));
                continue;
            }
            String v = resolve(s.slot());
            if (v.isEmpty() && qualifiesTheNextValue(segments, i)) {
                // "{series} {number}" of a passport without a series prints the number alone, not a blank to fill
                // in front of it (issue #12: "паспорт №: ______ FA1234567").
                i++;
                continue;
            }
            out.add(v.isEmpty() ? new Piece(blankFor(s.slot()), true, true) : new Piece(v, true, false));
        }
        return withoutRepeats(out);
    }

    /**
     * A value that only repeats the value before it in a comma-joined line is printed once: "город Астана, Астана"
     * and "Узбекистан, Узбекистан" read as a mistake on the form (issue #12). Blanks are never dropped.
     */
    /** Whether {@code after} is a name already said, word for word, by {@code before} (numbers never are). */
    private static boolean repeats(Piece before, Piece after) {
        String name = after.text().strip().toLowerCase(Locale.ROOT);
        return name.chars().anyMatch(Character::isLetter) && Pattern.compile("(^|\\s)" + Pattern.quote(name)
                + "($|\\s)").matcher(before.text().toLowerCase(Locale.ROOT)).find();
    }

    private static List<Piece> withoutRepeats(List<Piece> pieces) {
        List<Piece> out = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            Piece p = pieces.get(i);
            if (!p.value() && p.text().strip().equals(",") && i + 1 < pieces.size() && !out.isEmpty()) {
                Piece before = out.get(out.size() - 1);
                Piece after = pieces.get(i + 1);
                if (before.value() && !before.blank() && after.value() && !after.blank() && repeats(before, after)) {
                    i++;
                    continue;
                }
            }
            out.add(p);
        }
        return out;
    }

    /** Whether slot {@code i} is followed, after a space only, by a slot whose value is printed. */
    private boolean qualifiesTheNextValue(List<Placeholders.Segment> segments, int i) {
        if (i + 2 >= segments.size()) {
            return false;
        }
        Placeholders.Segment gap = segments.get(i + 1);
        Placeholders.Segment next = segments.get(i + 2);
        return gap.literal() != null && gap.literal().isBlank() && next.literal() == null
                && !resolve(next.slot()).isEmpty();
    }

    /** The template filled, as one string. */
    String fill(String template) {
        StringBuilder sb = new StringBuilder();
        expand(template).forEach(p -> sb.append(p.text()));
        return sb.toString();
    }

    /** Whether every placeholder of the template is empty (the form's line stays blank). */
    boolean allEmpty(String template) {
        List<Placeholders.Slot> slots = Placeholders.slots(template);
        return !slots.isEmpty() && slots.stream().allMatch(s -> resolve(s).isEmpty());
    }

    /** The items of a list value, each cleaned and checked. */
    List<String> list(String placeholder) {
        List<Placeholders.Slot> slots = Placeholders.slots(placeholder);
        if (slots.size() != 1) {
            throw FormTexts.bad(form, "a list's items must be one placeholder or an array, not '" + placeholder + "'");
        }
        String id = known(slots.get(0)).id();
        return data.list(id).stream().map(v -> checked(v, id)).filter(v -> !v.isEmpty()).toList();
    }

    /** Whether every condition ({@code id → value}) holds. */
    boolean holds(Map<String, String> when) {
        if (when == null) {
            return true;
        }
        return when.entrySet().stream().allMatch(e -> {
            known(new Placeholders.Slot("value", e.getKey(), null, e.getKey()));
            return data.text(e.getKey()).orElse("").equals(e.getValue());
        });
    }

    /** The value of a slot, formatted for print; empty when absent. */
    String resolve(Placeholders.Slot slot) {
        known(slot);
        String raw = "today".equals(slot.id()) ? data.today().toString() : data.text(slot.id()).orElse("");
        if (raw.isBlank()) {
            return "";
        }
        String v = switch (slot.kind()) {
            case "country" -> names.country(raw, language);
            case "region" -> names.region(raw, language);
            case "date" -> date(raw, slot.pattern() == null ? "DD.MM.YYYY" : slot.pattern(), slot);
            // An enum field's coded value prints as its name in the form's language ("married" → "женат / замужем").
            default -> names.enumValue(slot.id(), raw, language)
                    .orElseGet(() -> ISO_DATE.matcher(raw).matches() ? date(raw, "DD.MM.YYYY", slot) : raw);
        };
        return checked(v, slot.id());
    }

    private String checked(String value, String id) {
        String clean = PrintableText.clean(value);
        PrintableText.requirePrintable(clean, "the value of " + id, fonts);
        return clean;
    }

    private Placeholders.Slot known(Placeholders.Slot slot) {
        if (!Placeholders.isKnown(slot.id())) {
            throw new FormPrintException(FormPrintException.Reason.UNKNOWN_PLACEHOLDER,
                    "form " + form + "." + language + " uses an unknown placeholder " + slot.source()
                            + " (see docs/form-texts.md for the known ids)", List.of(form, slot.source()));
        }
        return slot;
    }

    private String date(String raw, String pattern, Placeholders.Slot slot) {
        try {
            LocalDate d = LocalDate.parse(raw.length() > 10 ? raw.substring(0, 10) : raw);
            return DateTimeFormatter.ofPattern(javaPattern(pattern), locale).format(d);
        } catch (DateTimeParseException e) {
            throw new FormPrintException(FormPrintException.Reason.BAD_DATA,
                    "the value of " + slot.id() + " must be a date yyyy-MM-dd, not '" + raw + "'",
                    List.of(slot.id(), raw), e);
        } catch (IllegalArgumentException e) {
            throw FormTexts.bad(form, "bad date pattern in " + slot.source());
        }
    }

    /** DD, MM, YYYY and MMMM (month name) as the forms write them, in Java's letters. */
    private static String javaPattern(String pattern) {
        return pattern.replace("YYYY", "yyyy").replace("DD", "dd");
    }

    private static String blankFor(Placeholders.Slot slot) {
        if ("date".equals(slot.kind()) && slot.pattern() != null) {
            return slot.pattern().replace("MMMM", "__________").replaceAll("[DMY]", "_");
        }
        return BLANK;
    }
}
