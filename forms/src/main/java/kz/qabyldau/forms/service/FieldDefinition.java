package kz.qabyldau.forms.service;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

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
 */
public record FieldDefinition(String id, FieldType type, boolean required, LocalizedText label, String pattern,
                              BigDecimal min, BigDecimal max, Integer maxLength, List<String> values,
                              boolean notAfterFiling, String note) {

    public FieldDefinition {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type of " + id);
        Objects.requireNonNull(label, "label of " + id);
        values = values == null ? List.of() : List.copyOf(values);
        if (type == FieldType.ENUM && values.isEmpty()) {
            throw new IllegalArgumentException("enum field " + id + " lists no values");
        }
    }
}
