package kz.qabyldau.forms.service;

import java.util.List;
import java.util.Objects;

/** "Only when field {@code field} has one of the values {@code in}": makes a document conditional. */
public record Condition(String field, List<String> in) {

    public Condition {
        Objects.requireNonNull(field, "condition field");
        in = in == null ? List.of() : List.copyOf(in);
    }
}
