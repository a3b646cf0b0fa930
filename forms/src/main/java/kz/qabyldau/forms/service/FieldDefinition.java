package kz.qabyldau.forms.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One field of a service's application form, identified by an id from the shared vocabulary
 * ({@code docs/application-format.md}).
 *
 * @param pattern        a regular expression the whole text value must match, if any
 * @param min            lowest allowed number (integer, year, money), if any
 * @param max            highest allowed number, if any
 * @param maxLength      longest allowed text, if any
 * @param values         the allowed values of an {@link FieldType#ENUM} field
 * @param notAfterFiling a date that cannot lie after the filing day (birth dates, issue dates)
 * @param notBeforeFiling a date that cannot lie before the filing day (the start of a period asked for)
 * @param valueLabels    the name of each value of an {@link FieldType#ENUM} field in kk/ru/en, lower case as it
 *                       stands inside a printed line; the one source for the desk's choice list and the forms
 */
public record FieldDefinition(String id, FieldType type, boolean required, LocalizedText label, String pattern,
                              BigDecimal min, BigDecimal max, Integer maxLength, List<String> values,
                              boolean notAfterFiling, boolean notBeforeFiling, Map<String, LocalizedText> valueLabels,
                              String note) {

    public FieldDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type of " + id);
        Objects.requireNonNull(label, "label of " + id);
        values = values == null ? List.of() : List.copyOf(values);
        valueLabels = valueLabels == null ? Map.of() : Map.copyOf(valueLabels);
        if (type == FieldType.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("enum field " + id + " lists no values");
        }
        for (String value : values) {
            // Every value the clerk can choose has a name: a code never shows on a screen or a form.
            if (!valueLabels.containsKey(value)) {
                throw new IllegalArgumentException("enum field " + id + ": value " + value + " has no valueLabels");
            }
        }
        if (!values.containsAll(valueLabels.keySet())) {
            throw new IllegalArgumentException("enum field " + id + " names a label for a value it does not list");
        }
    }

    /** A field without value labels or a not-before-filing bound (tests and simple fields). */
    public FieldDefinition(String id, FieldType type, boolean required, LocalizedText label, String pattern,
                           BigDecimal min, BigDecimal max, Integer maxLength, List<String> values,
                           boolean notAfterFiling, String note) {
        this(id, type, required, label, pattern, min, max, maxLength, values, notAfterFiling, false, null, note);
    }

    /** The name of enum value {@code value} in {@code language}, if the definition gives one. */
    public Optional<String> valueLabel(String value, String language) {
        return Optional.ofNullable(valueLabels.get(value)).map(t -> t.in(language));
    }
}
