package kz.qabyldau.forms.print;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The values a form is filled with: the application's fields (ids of
 * {@code docs/application-format.md}), the derived ones ({@code applicant.fullName},
 * {@code service.action} …) and those of the decision, receipt, office and clerk. A value is a
 * text or, for lists such as {@code receipt.lines}, a list of texts. Missing values print as the
 * form's blank line.
 */
public final class PrintData {

    private final Map<String, Object> values;
    private final LocalDate today;

    private PrintData(Map<String, Object> values, LocalDate today) {
        this.values = Map.copyOf(values);
        this.today = today;
    }

    /** An empty form: every value blank, dated {@code today}. */
    public static PrintData empty(LocalDate today) {
        return builder(today).build();
    }

    public static Builder builder(LocalDate today) {
        return new Builder(today);
    }

    /** The day the form is printed ({@code {today}}). */
    public LocalDate today() {
        return today;
    }

    /** The text of a value; empty when absent or blank. */
    public Optional<String> text(String id) {
        Object v = values.get(id);
        if (v instanceof String s && !s.isBlank()) {
            return Optional.of(s);
        }
        if (v instanceof List<?> list && !list.isEmpty()) {
            return Optional.of(String.join("; ", list.stream().map(String::valueOf).toList()));
        }
        return Optional.empty();
    }

    /** A list value; a single text is a one-element list, an absent value an empty list. */
    public List<String> list(String id) {
        Object v = values.get(id);
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).filter(s -> !s.isBlank()).toList();
        }
        return v instanceof String s && !s.isBlank() ? List.of(s) : List.of();
    }

    /** Every value, for tests that check each one reached the page. */
    public Map<String, Object> values() {
        return values;
    }

    /** Collects values; later puts replace earlier ones. */
    public static final class Builder {
        private final Map<String, Object> values = new LinkedHashMap<>();
        private final LocalDate today;

        private Builder(LocalDate today) {
            this.today = Objects.requireNonNull(today, "today");
        }

        public Builder put(String id, String value) {
            if (value != null) {
                values.put(id, value);
            }
            return this;
        }

        public Builder putList(String id, List<String> list) {
            if (list != null) {
                values.put(id, List.copyOf(list));
            }
            return this;
        }

        /** Adds the derived values that can be computed from the fields present. */
        public PrintData build() {
            derive("applicant");
            derive("employer");
            return new PrintData(values, today);
        }

        private void derive(String party) {
            String full = join(values.get(party + ".surname"), values.get(party + ".givenNames"),
                    values.get(party + ".patronymic"));
            if (!full.isEmpty()) {
                values.putIfAbsent(party + ".fullName", full);
            }
        }

        private static String join(Object... parts) {
            StringBuilder sb = new StringBuilder();
            for (Object p : parts) {
                if (p instanceof String s && !s.isBlank()) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(s.strip());
                }
            }
            return sb.toString();
        }
    }
}
