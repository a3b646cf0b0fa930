package kz.qabyldau.forms.verdict;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import kz.qabyldau.forms.application.Application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * p.19: what an earlier permit application of the office's records says about the permit it led to, so an
 * extension need not rely on figures typed from memory. The permit's period is the one its verdict computed (the
 * period the provider was asked for); the months so far add up the chain: an issue's months, or an extension's
 * months so far plus its own. The law core then derives the months from the dates and warns when the typed figure
 * disagrees ({@code totalMonths}).
 */
public final class EarlierPermit {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private EarlierPermit() {
    }

    /**
     * The "permit to extend" fields ({@code permit.validFrom}, {@code permit.validTo}, {@code permit.monthsSoFar})
     * that follow from {@code earlier} (a {@code permit.issue} or {@code permit.extend}) and its stored verdict;
     * only what is known, empty for any other service or an unreadable verdict.
     */
    public static Map<String, Object> continuation(Application earlier, String verdictJson) {
        Map<String, Object> out = new LinkedHashMap<>();
        boolean issue = "permit.issue".equals(earlier.service());
        if (!issue && !"permit.extend".equals(earlier.service())) {
            return out;
        }
        JsonNode dates;
        try {
            dates = MAPPER.readTree(verdictJson).path("dates");
        } catch (JsonProcessingException e) {
            return out;
        }
        Optional<LocalDate> from = date(dates.path("permitFrom").asText(null));
        Optional<LocalDate> to = date(dates.path("permitTo").asText(null));
        Optional<Integer> months = whole(earlier.field("request.months").orElse(null));
        // An extension's own first day is the day after the permit it extended: the chain starts where that began.
        Optional<LocalDate> chainStart = issue ? from
                : earlier.field("permit.validFrom").map(Object::toString).flatMap(EarlierPermit::date);
        Optional<Integer> soFar = issue ? months : whole(earlier.field("permit.monthsSoFar").orElse(null))
                .flatMap(m -> months.map(n -> m + n));
        chainStart.ifPresent(d -> out.put("permit.validFrom", d.toString()));
        to.ifPresent(d -> out.put("permit.validTo", d.toString()));
        soFar.ifPresent(m -> out.put("permit.monthsSoFar", m));
        return out;
    }

    private static Optional<LocalDate> date(String text) {
        try {
            return Optional.ofNullable(text).map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Integer> whole(Object value) {
        try {
            return value == null ? Optional.empty()
                    : Optional.of(new BigDecimal(value.toString().trim()).intValueExact());
        } catch (NumberFormatException | ArithmeticException e) {
            return Optional.empty();
        }
    }
}
