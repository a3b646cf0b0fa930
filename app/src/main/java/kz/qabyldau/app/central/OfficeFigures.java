package kz.qabyldau.app.central;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of {@code GET /sync/1/reports} (docs/sync-protocol.md 3.8): what one office sent and what was decided
 * on it over a period, counted from the submissions and the decisions this service holds for that office only. No
 * name, document or reference leaves: counts per day and service, per outcome, per provider ground, per number of
 * days.
 */
final class OfficeFigures {

    /** The longest period one call may ask for. */
    static final int MAX_DAYS = 366;

    /** The registration day (p.14) the desk froze in the verdict; the day of acceptance when it sent none. */
    private static final String DAY = "coalesce(json_extract(verdict_json, '$.registrationDay'), "
            + "substr(accepted_at, 1, 10))";

    private final CentralStore store;

    OfficeFigures(CentralStore store) {
        this.store = store;
    }

    /** The answer's body for {@code office} from {@code from} to {@code to}, both included. */
    Map<String, Object> of(String office, LocalDate from, LocalDate to) {
        return store.tx(c -> {
            List<Map<String, Object>> received = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + DAY + " AS day, service, count(*) "
                    + "FROM submission WHERE office = ? AND " + DAY + " BETWEEN ? AND ? "
                    + "GROUP BY day, service ORDER BY day, service")) {
                ps.setString(1, office);
                ps.setString(2, from.toString());
                ps.setString(3, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Map<String, Object> row = new LinkedHashMap<>();
                        row.put("day", rs.getString(1));
                        row.put("service", rs.getString(2));
                        row.put("count", rs.getInt(3));
                        received.add(row);
                    }
                }
            }
            Map<String, int[]> perService = new TreeMap<>(); // issued, refused, registered, on time, late
            Map<List<String>, Integer> grounds = new LinkedHashMap<>();
            Map<Long, Integer> days = new TreeMap<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT s.service, "
                    + "json_extract(ch.payload_json, '$.decision.outcome'), "
                    + "json_extract(ch.payload_json, '$.decision.decidedOn'), "
                    + "json_extract(ch.payload_json, '$.decision.refusal.ground.id'), "
                    + "json_extract(s.verdict_json, '$.dates.decisionDue'), " + DAY + " "
                    + "FROM change ch JOIN submission s ON s.application_id = ch.key "
                    + "WHERE ch.kind = 'DECISION' AND ch.office = ? AND s.office = ? "
                    + "AND json_extract(ch.payload_json, '$.decision.decidedOn') BETWEEN ? AND ? "
                    + "ORDER BY ch.seq")) {
                ps.setString(1, office);
                ps.setString(2, office);
                ps.setString(3, from.toString());
                ps.setString(4, to.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String service = rs.getString(1);
                        String outcome = rs.getString(2);
                        LocalDate decided = LocalDate.parse(rs.getString(3));
                        int[] counts = perService.computeIfAbsent(service, s -> new int[5]);
                        switch (outcome) {
                            case "PERMIT_ISSUED", "CERTIFICATE_ISSUED" -> counts[0]++;
                            case "REFUSED" -> {
                                counts[1]++;
                                String ground = rs.getString(4);
                                grounds.merge(List.of(service, ground == null ? "" : ground), 1, Integer::sum);
                            }
                            default -> counts[2]++;
                        }
                        String due = rs.getString(5);
                        if (due != null) {
                            counts[decided.isAfter(LocalDate.parse(due)) ? 4 : 3]++;
                        }
                        String registered = rs.getString(6);
                        if (registered != null) {
                            days.merge(Math.max(0, ChronoUnit.DAYS.between(LocalDate.parse(registered), decided)),
                                    1, Integer::sum);
                        }
                    }
                }
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("office", office);
            body.put("from", from.toString());
            body.put("to", to.toString());
            body.put("received", received);
            body.put("decisions", decisions(perService));
            body.put("refusalGrounds", ranked(grounds));
            List<Map<String, Object>> daysToDecision = new ArrayList<>();
            days.forEach((n, count) -> daysToDecision.add(Map.of("days", n, "count", count)));
            body.put("daysToDecision", daysToDecision);
            return body;
        });
    }

    private static List<Map<String, Object>> decisions(Map<String, int[]> perService) {
        List<Map<String, Object>> list = new ArrayList<>();
        perService.forEach((service, n) -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("service", service);
            row.put("issued", n[0]);
            row.put("refused", n[1]);
            row.put("registered", n[2]);
            row.put("onTime", n[3]);
            row.put("late", n[4]);
            list.add(row);
        });
        return list;
    }

    /** Most frequent first, then by service and ground. */
    private static List<Map<String, Object>> ranked(Map<List<String>, Integer> grounds) {
        List<Map.Entry<List<String>, Integer>> entries = new ArrayList<>(grounds.entrySet());
        entries.sort(Map.Entry.<List<String>, Integer>comparingByValue().reversed()
                .thenComparing(e -> e.getKey().get(0)).thenComparing(e -> e.getKey().get(1)));
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map.Entry<List<String>, Integer> e : entries) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("service", e.getKey().get(0));
            row.put("ground", e.getKey().get(1));
            row.put("count", e.getValue());
            list.add(row);
        }
        return list;
    }
}
