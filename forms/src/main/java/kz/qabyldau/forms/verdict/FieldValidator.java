package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.PlausibleDates;
import kz.qabyldau.forms.service.FieldDefinition;
import kz.qabyldau.forms.service.LocalizedText;
import kz.qabyldau.forms.service.ServiceDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import kz.qabyldau.forms.service.FieldType;

/** Checks every field value against its definition (type, required, pattern, range) and types the good ones. */
final class FieldValidator {

    /** Definitions are few and fixed once loaded: compile each pattern once, not on every evaluation. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private final LawFacts facts;

    FieldValidator(LawFacts facts) {
        this.facts = facts;
    }

    /** Validates {@code application}'s fields; adds errors to {@code errors} and returns the valid typed values. */
    Values validate(ServiceDefinition definition, Application application, LocalDate filingDay,
                    List<FieldError> errors) {
        Map<String, Object> typed = new HashMap<>();
        for (String id : application.fields().keySet()) {
            if (definition.field(id).isEmpty()) {
                errors.add(new FieldError(id, "UNKNOWN_FIELD", Messages.text("field.UNKNOWN_FIELD", id)));
            }
        }
        definition.fields().forEach(field -> {
            Object raw = application.fields().get(field.id());
            if (raw == null || raw.toString().isBlank()) {
                if (field.required()) {
                    errors.add(error(field, "REQUIRED"));
                }
                return;
            }
            try {
                typed.put(field.id(), check(field, raw, filingDay));
            } catch (Invalid e) {
                errors.add(new FieldError(field.id(), e.code,
                        Messages.text("field." + e.code, withLabel(field, e.args))));
            }
        });
        return new Values(typed);
    }

    private Object check(FieldDefinition field, Object raw, LocalDate filingDay) throws Invalid {
        String text = raw.toString().trim();
        return switch (field.type()) {
            case TEXT, PHONE -> checkText(field, text);
            case ENUM -> {
                if (!field.values().contains(text)) {
                    throw new Invalid("NOT_ALLOWED", text, String.join(", ", field.values()));
                }
                yield text;
            }
            case INTEGER, YEAR, MONEY -> checkNumber(field, raw, text);
            case DATE -> checkDate(field, text, filingDay);
            case BOOLEAN -> {
                if (raw instanceof Boolean b) {
                    yield b;
                }
                throw new Invalid("NOT_BOOLEAN", text);
            }
            case IIN -> identifier("INVALID_IIN", text, facts.iinProblem(text));
            case BIN -> identifier("INVALID_BIN", text, facts.binProblem(text));
            // A self-employed foreigner's employer may be a company (BIN) or an individual (IIN).
            case BIN_OR_IIN -> identifier("INVALID_BIN_OR_IIN", text, facts.taxpayerIdProblem(text));
            case COUNTRY -> {
                if (facts.citizenship(text).isEmpty()) {
                    throw new Invalid("UNKNOWN_COUNTRY", text);
                }
                yield text;
            }
            case REGION -> {
                if (!facts.knownRegion(text)) {
                    throw new Invalid("UNKNOWN_REGION", text);
                }
                yield text;
            }
        };
    }

    private static String identifier(String code, String text, Optional<LocalizedText> problem) throws Invalid {
        if (problem.isPresent()) {
            throw new Invalid(code, text, problem.get());
        }
        return text;
    }

    private static String checkText(FieldDefinition field, String text) throws Invalid {
        if (field.maxLength() != null && text.length() > field.maxLength()) {
            throw new Invalid("TOO_LONG", field.maxLength());
        }
        if (field.pattern() != null && !PATTERNS.computeIfAbsent(field.pattern(), Pattern::compile).matcher(text)
                .matches()) {
            throw new Invalid("PATTERN", text);
        }
        return text;
    }

    private static BigDecimal checkNumber(FieldDefinition field, Object raw, String text) throws Invalid {
        BigDecimal value;
        try {
            value = raw instanceof Number n ? new BigDecimal(n.toString()) : new BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new Invalid("NOT_A_NUMBER", text);
        }
        if (field.type() != FieldType.MONEY && value.stripTrailingZeros().scale() > 0) {
            throw new Invalid("NOT_A_WHOLE_NUMBER", text);
        }
        if (field.min() != null && value.compareTo(field.min()) < 0) {
            throw new Invalid("TOO_SMALL", text, field.min());
        }
        if (field.max() != null && value.compareTo(field.max()) > 0) {
            throw new Invalid("TOO_LARGE", text, field.max());
        }
        return value;
    }

    private static LocalDate checkDate(FieldDefinition field, String text, LocalDate filingDay) throws Invalid {
        LocalDate date;
        try {
            date = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new Invalid("NOT_A_DATE", text);
        }
        if (!PlausibleDates.plausible(date)) {
            throw new Invalid("NOT_A_DATE", text);
        }
        if (field.notAfterFiling() && date.isAfter(filingDay)) {
            throw new Invalid("AFTER_FILING", date, filingDay);
        }
        if (field.notBeforeFiling() && date.isBefore(filingDay)) {
            throw new Invalid("BEFORE_FILING", date, filingDay);
        }
        return date;
    }

    private static FieldError error(FieldDefinition field, String code) {
        return new FieldError(field.id(), code, Messages.text("field." + code, field.label()));
    }

    private static Object[] withLabel(FieldDefinition field, Object[] args) {
        Object[] all = new Object[args.length + 1];
        all[0] = field.label();
        System.arraycopy(args, 0, all, 1, args.length);
        return all;
    }

    /** A value that fails its field's validation; {@code code} selects the message, {@code args} fill it. */
    private static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;
        private final transient Object[] args;

        Invalid(String code, Object... args) {
            super(code, null, false, false);
            this.code = code;
            this.args = args;
        }
    }
}
