package kz.qabyldau.app.reports;

import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.StoredInstants;

/**
 * Applications as the reports see them, written straight into the table (only the plain facts and the columns
 * the schema requires; the application JSON is an empty object, as no report reads it). {@link #generate} makes
 * a reproducible office of any size for the known-answer test and the benchmark.
 */
public final class SyntheticOffice {

    static final List<String> SERVICES = List.of("permit.issue", "permit.extend", "permit.duplicate",
            "qualification.issue", "qualification.extend");
    static final List<String> OPERATORS = List.of("Айгерім", "Дана", "Ерлан", "Мария");
    static final List<String> DOCUMENTS = List.of("medical.028e", "insurance", "passport", "prepayment");
    static final List<String> REASONS = List.of("MISSING", "EXPIRED", "ISSUED_TOO_LONG_AGO");

    /** One application's facts; null where not (yet) set. */
    public record Row(String id, String service, String status, LocalDate registrationDay, LocalDate decisionDue,
               String decision, LocalDate decidedOn, String ground, String finishedBy, String workstation,
               long serviceTimeMs, List<String[]> intakeGrounds, Instant decidedAt, Instant handedOutAt,
               String handedOutBy) {
    }

    private SyntheticOffice() {
    }

    /** {@code n} applications registered over {@code days} days from {@code first}, the same for the same seed. */
    public static List<Row> generate(int n, long seed, LocalDate first, int days) {
        Random random = new Random(seed);
        List<Row> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            String service = SERVICES.get(random.nextInt(SERVICES.size()));
            LocalDate day = first.plusDays(random.nextInt(days));
            String operator = OPERATORS.get(random.nextInt(OPERATORS.size()));
            String workstation = "ws-" + (random.nextInt(2) + 1);
            long time = 60_000L * (3 + random.nextInt(25)) + random.nextInt(60_000);
            UUID id = new UUID(seed, i);
            if (random.nextInt(10) == 0) {
                List<String[]> grounds = new ArrayList<>();
                grounds.add(new String[] {DOCUMENTS.get(random.nextInt(DOCUMENTS.size())),
                        REASONS.get(random.nextInt(REASONS.size()))});
                if (random.nextBoolean()) {
                    String[] second = {DOCUMENTS.get(random.nextInt(DOCUMENTS.size())), "MISSING"};
                    if (!second[0].equals(grounds.get(0)[0])) {
                        grounds.add(second);
                    }
                }
                rows.add(new Row(id.toString(), service, "INTAKE_REFUSED", day, null, null, null, null, operator,
                        workstation, time, grounds, null, null, null));
                continue;
            }
            LocalDate due = day.plusDays(2);
            int fate = random.nextInt(10);
            if (fate < 2) {
                rows.add(new Row(id.toString(), service, fate == 0 ? "QUEUED" : "SUBMITTED", day, due, null, null,
                        null, operator, workstation, time, List.of(), null, null, null));
                continue;
            }
            boolean refused = random.nextInt(5) == 0;
            LocalDate decided = day.plusDays(1 + random.nextInt(3));
            Instant decidedAt = decided.atTime(6, 0).toInstant(ZoneOffset.UTC);
            boolean handedOut = random.nextInt(3) > 0;
            rows.add(new Row(id.toString(), service, handedOut ? "HANDED_OUT" : refused ? "REFUSED" : "ISSUED", day,
                    due, refused ? "REFUSED" : "ISSUED", decided,
                    refused ? String.valueOf(1 + random.nextInt(9)) : null,
                    operator, workstation, time, List.of(), decidedAt,
                    handedOut ? decidedAt.plusSeconds(86_400L * (1 + random.nextInt(3))) : null,
                    handedOut ? OPERATORS.get(random.nextInt(OPERATORS.size())) : null));
        }
        return rows;
    }

    public static void insert(Database db, List<Row> rows) {
        db.write(c -> {
            try (PreparedStatement app = c.prepareStatement("INSERT INTO application (id, service, status, "
                    + "application_json, clerk, saved_by, workstation_id, training, started_at, updated_at, version, "
                    + "service_time_ms, finished_at, finished_by, registration_day, decision_due, decision, "
                    + "decided_on, decision_ground, decided_at, handed_out_at, handed_out_by) "
                    + "VALUES (?, ?, ?, '{}', ?, ?, ?, 0, ?, ?, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
                 PreparedStatement ground = c.prepareStatement(
                         "INSERT INTO intake_refusal_ground (application_id, document, reason) VALUES (?, ?, ?)")) {
                for (Row r : rows) {
                    String at = StoredInstants.format(r.registrationDay().atTime(5, 0).toInstant(ZoneOffset.UTC));
                    app.setString(1, r.id());
                    app.setString(2, r.service());
                    app.setString(3, r.status());
                    app.setString(4, r.finishedBy());
                    app.setString(5, r.finishedBy());
                    app.setString(6, r.workstation());
                    app.setString(7, at);
                    app.setString(8, at);
                    app.setLong(9, r.serviceTimeMs());
                    app.setString(10, at);
                    app.setString(11, r.finishedBy());
                    app.setString(12, text(r.registrationDay()));
                    app.setString(13, text(r.decisionDue()));
                    app.setString(14, r.decision());
                    app.setString(15, text(r.decidedOn()));
                    app.setString(16, r.ground());
                    app.setString(17, r.decidedAt() == null ? null : StoredInstants.format(r.decidedAt()));
                    app.setString(18, r.handedOutAt() == null ? null : StoredInstants.format(r.handedOutAt()));
                    app.setString(19, r.handedOutBy());
                    app.addBatch();
                    for (String[] g : r.intakeGrounds()) {
                        ground.setString(1, r.id());
                        ground.setString(2, g[0]);
                        ground.setString(3, g[1]);
                        ground.addBatch();
                    }
                }
                app.executeBatch();
                ground.executeBatch();
            }
            return null;
        });
    }

    /** Sets when an application's draft was started and when intake finished (what the desk's clock said). */
    public static void startedAndFinished(Database db, String id, Instant started, Instant finished) {
        db.write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE application SET started_at = ?, finished_at = ? WHERE id = ?")) {
                st.setString(1, StoredInstants.format(started));
                st.setString(2, StoredInstants.format(finished));
                st.setString(3, id);
                if (st.executeUpdate() != 1) {
                    throw new IllegalArgumentException("no application " + id);
                }
            }
            return null;
        });
    }

    private static String text(LocalDate day) {
        return day == null ? null : day.toString();
    }
}
