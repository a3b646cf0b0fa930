package kz.qabyldau.forms.verdict;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/** The field values that passed validation, typed: rules read only these, so a bad value never reaches a rule. */
final class Values {

    private final Map<String, Object> typed;

    Values(Map<String, Object> typed) {
        this.typed = Map.copyOf(typed);
    }

    Optional<String> text(String id) {
        return Optional.ofNullable(typed.get(id)).map(Object::toString);
    }

    Optional<LocalDate> date(String id) {
        return Optional.ofNullable(typed.get(id)).filter(LocalDate.class::isInstance).map(LocalDate.class::cast);
    }

    Optional<BigDecimal> number(String id) {
        return Optional.ofNullable(typed.get(id)).filter(BigDecimal.class::isInstance).map(BigDecimal.class::cast);
    }

    Optional<Integer> integer(String id) {
        return number(id).map(BigDecimal::intValueExact);
    }

    Optional<Boolean> bool(String id) {
        return Optional.ofNullable(typed.get(id)).filter(Boolean.class::isInstance).map(Boolean.class::cast);
    }
}
