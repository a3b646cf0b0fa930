package kz.qabyldau.app.reports;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The office's figures as the central service counts them ({@code GET /sync/1/reports}, docs/sync-protocol.md 3.8):
 * every workstation of the office, by the registration days the desks froze, and the decisions made on them. Only
 * counts: no name, no document, no reference.
 *
 * @param office         the office the central service answered for (its registered key's)
 * @param asOf           the central service's time of the answer
 * @param received       applications received per registration day and service
 * @param decisions      decisions made in the period per service
 * @param grounds        the provider's refusal grounds, most frequent first
 * @param daysToDecision calendar days from registration to decision → how many decisions took them
 */
public record CentralFigures(String office, ReportPeriod period, OffsetDateTime asOf, List<Received> received,
                             List<Decided> decisions, List<ProviderGround> grounds,
                             Map<Integer, Integer> daysToDecision) {

    /** Applications of one service the central service received with one registration day. */
    public record Received(LocalDate day, String service, int count) {
    }

    /** Decisions of one service: issued, refused by the provider, registered (notices), on time and late (p.7). */
    public record Decided(String service, int issued, int refused, int registered, int onTime, int late) {
    }

    public CentralFigures {
        Objects.requireNonNull(office, "office");
        Objects.requireNonNull(period, "period");
        received = List.copyOf(received);
        decisions = List.copyOf(decisions);
        grounds = List.copyOf(grounds);
        daysToDecision = Map.copyOf(daysToDecision);
    }

    /** All applications received in the period. */
    public int receivedTotal() {
        return received.stream().mapToInt(Received::count).sum();
    }

    public int issued() {
        return decisions.stream().mapToInt(Decided::issued).sum();
    }

    public int refused() {
        return decisions.stream().mapToInt(Decided::refused).sum();
    }

    public int late() {
        return decisions.stream().mapToInt(Decided::late).sum();
    }

    /** Received per service, by service id. */
    public Map<String, Integer> receivedPerService() {
        Map<String, Integer> map = new TreeMap<>();
        received.forEach(r -> map.merge(r.service(), r.count(), Integer::sum));
        return map;
    }

    /**
     * Reads the answer's body.
     *
     * @throws IllegalArgumentException when it is not the shape section 3.8 defines, or answers another period
     */
    public static CentralFigures read(JsonNode body, ReportPeriod asked) {
        try {
            ReportPeriod period = new ReportPeriod(LocalDate.parse(text(body, "from")), LocalDate.parse(text(body,
                    "to")));
            if (!period.equals(asked)) {
                throw new IllegalArgumentException("the central service answered " + period + " for " + asked);
            }
            List<Received> received = new ArrayList<>();
            for (JsonNode r : list(body, "received")) {
                received.add(new Received(LocalDate.parse(text(r, "day")), text(r, "service"), count(r, "count")));
            }
            List<Decided> decisions = new ArrayList<>();
            for (JsonNode d : list(body, "decisions")) {
                decisions.add(new Decided(text(d, "service"), count(d, "issued"), count(d, "refused"),
                        count(d, "registered"), count(d, "onTime"), count(d, "late")));
            }
            List<ProviderGround> grounds = new ArrayList<>();
            for (JsonNode g : list(body, "refusalGrounds")) {
                grounds.add(new ProviderGround(text(g, "service"), g.path("ground").asText(""), count(g, "count")));
            }
            Map<Integer, Integer> days = new TreeMap<>();
            for (JsonNode d : list(body, "daysToDecision")) {
                days.put(count(d, "days"), count(d, "count"));
            }
            OffsetDateTime asOf = body.hasNonNull("asOf") ? OffsetDateTime.parse(body.get("asOf").asText()) : null;
            return new CentralFigures(text(body, "office"), period, asOf, received, decisions, grounds, days);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("a day or moment of the central service's figures is unreadable", e);
        }
    }

    private static String text(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.isTextual() || v.asText().isEmpty()) {
            throw new IllegalArgumentException("'" + key + "' missing from the central service's figures");
        }
        return v.asText();
    }

    private static int count(JsonNode node, String key) {
        JsonNode v = node.get(key);
        if (v == null || !v.canConvertToInt() || v.asInt() < 0) {
            throw new IllegalArgumentException("'" + key + "' is not a count in the central service's figures");
        }
        return v.asInt();
    }

    private static Iterable<JsonNode> list(JsonNode body, String key) {
        JsonNode v = body.get(key);
        if (v == null || !v.isArray()) {
            throw new IllegalArgumentException("'" + key + "' is not a list in the central service's figures");
        }
        return v;
    }
}
