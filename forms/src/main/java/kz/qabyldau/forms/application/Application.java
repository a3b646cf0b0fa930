package kz.qabyldau.forms.application;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An application in the shared format {@code qabyldau.application/1} ({@code docs/application-format.md}): the
 * service, the filing moment, field values keyed by field id, the documents presented and the clerk's overrides.
 *
 * @param filedAt  local office time of filing, minutes precision; absent for a draft
 * @param language the clerk's language for messages: {@code kk}, {@code ru} or {@code en}
 * @param fields   values as read from JSON: {@code String}, {@code Integer}/{@code Long}, {@code BigDecimal} or
 *                 {@code Boolean}
 */
public record Application(String format, String id, String service, LocalDateTime filedAt, String language,
                          Map<String, Object> fields, List<PresentedDocument> documents,
                          List<WarningOverride> overrides) {

    /** The format id every application declares. */
    public static final String FORMAT = "qabyldau.application/1";

    public Application {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("format must be \"" + FORMAT + "\"");
        }
        Objects.requireNonNull(service, "service");
        language = language == null ? "kk" : language;
        if (filedAt != null && !PlausibleDates.plausible(filedAt.toLocalDate())) {
            throw new BadValue("filedAt", "'" + filedAt + "' " + PlausibleDates.OUT_OF_RANGE);
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        if (fields != null) {
            fields.forEach((k, v) -> {
                if (v instanceof Map || v instanceof List) {
                    // A field holds one value: a list or an object is never silently turned into its text.
                    throw new BadValue("fields." + k, (v instanceof Map ? "an object" : "a list")
                            + " is not a field value; give one text, number or true/false");
                }
                if (v != null) {
                    copy.put(k, v);
                }
            });
        }
        fields = Collections.unmodifiableMap(copy);
        documents = documents == null ? List.of() : List.copyOf(documents);
        overrides = overrides == null ? List.of() : List.copyOf(overrides);
    }

    /** A value of the document that cannot be a field value or a date; {@link #field()} is its JSON path. */
    public static final class BadValue extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;
        private final String field;

        public BadValue(String field, String message) {
            super(message);
            this.field = field;
        }

        /** The JSON path of the value at fault, e.g. {@code fields.applicant.surname}. */
        public String field() {
            return field;
        }
    }

    /** The raw value of field {@code id}, if filled in. */
    public Optional<Object> field(String id) {
        return Optional.ofNullable(fields.get(id));
    }

    /** The presented entry for document {@code type}, if the application lists it. */
    public Optional<PresentedDocument> document(String type) {
        return documents.stream().filter(d -> d.type().equals(type)).findFirst();
    }

    /** A copy with {@code override} recorded (replacing an earlier override of the same warning). */
    public Application withOverride(WarningOverride override) {
        List<WarningOverride> list = new ArrayList<>(overrides);
        list.removeIf(o -> o.warning().equals(override.warning()));
        list.add(override);
        return new Application(format, id, service, filedAt, language, fields, documents, list);
    }
}
