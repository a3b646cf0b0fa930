package kz.qabyldau.app.reports;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.StoredInstants;

/**
 * Computes the figures of the Today and Reports pages in SQL over the plain facts of the application table
 * (migration V12: registration day, decision, decision day and ground, deadline, service timer, who finished it)
 * and the receipt lines of refusals of intake. It never reads the application, verdict or decision JSON nor
 * any column with personal data, so it works the same whether or not personal data is encrypted.
 *
 * <p>Every method blocks (one read of the shared connection): call it off the FX thread. The office's
 * reports check the administrator role here, whatever the window shows (docs/reports.md).
 */
public final class ReportService {

    /** How many late decisions a report lists (they are all counted). */
    public static final int LATE_LISTED = 200;

    /** Applications that reached intake's end: accepted in any later state, or refused at intake. */
    private static final String FINISHED = "status NOT IN ('DRAFT', 'DELETED')";

    /**
     * The longest a registration day can follow the day intake finished (p.14: after 18:30, at a weekend or holiday
     * it is the next working day): Today's read stays within the registration-day index with this margin.
     */
    static final int REGISTRATION_LAG_DAYS = 14;

    /**
     * Which applications a report counts and under which day: a range of registration days (the office's reports,
     * as the law counts), or the local day intake finished (Today: the operator's own day).
     *
     * @param condition  the SQL condition, {@code %s} standing for the column prefix ("a." or "")
     * @param parameters the condition's parameters, in order
     * @param day        the SQL expression of an application's day, {@code %s} for the prefix
     */
    private record Days(String condition, List<String> parameters, String day) {

        static Days registered(ReportPeriod period) {
            return new Days("%sregistration_day BETWEEN ? AND ?", List.of(period.from().toString(),
                    period.to().toString()), "%sregistration_day");
        }

        /** Finished on {@code day} in {@code zone}; the registration-day range only keeps the read on its index. */
        static Days finishedOn(LocalDate day, ZoneId zone) {
            return new Days("%sregistration_day BETWEEN ? AND ? AND %sfinished_at >= ? AND %sfinished_at < ?",
                    List.of(day.toString(), day.plusDays(REGISTRATION_LAG_DAYS).toString(),
                            StoredInstants.format(day.atStartOfDay(zone).toInstant()),
                            StoredInstants.format(day.plusDays(1).atStartOfDay(zone).toInstant())),
                    "'" + day + "'");
        }

        String condition(String alias) {
            return condition.replace("%s", alias);
        }

        String day(String alias) {
            return day.replace("%s", alias);
        }
    }

    private final Database database;
    private final ReportAccess access;
    private final ZoneId zone;

    /**
     * @param zone the office's time zone: the period's days are local days (when a handout happened)
     */
    public ReportService(Database database, ReportAccess access, ZoneId zone) {
        this.database = Objects.requireNonNull(database, "database");
        this.access = Objects.requireNonNull(access, "access");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Whether the office's reports may be opened by whoever is signed in now. */
    public boolean mayOpenOfficeReports() {
        return access.mayOpenOfficeReports();
    }

    /**
     * The whole office over a period: every operator of this database.
     *
     * @throws ReportAccessDeniedException unless an administrator is signed in
     */
    public OfficeReport office(ReportPeriod period) {
        access.requireAdministrator();
        return compute(period, Days.registered(period), ReportScope.wholeOffice());
    }

    /**
     * One operator's day at one workstation (every operator may see their own): what intake finished on that local
     * day, whatever its registration day (an application accepted after 18:30 is registered on the next working
     * day but was this day's work; a draft started yesterday counts on the day it was accepted).
     */
    public OfficeReport today(LocalDate day, String workstationId, String operator) {
        return compute(ReportPeriod.day(day), Days.finishedOn(day, zone),
                ReportScope.operatorAt(workstationId, operator));
    }

    /**
     * The applicants one operator served at one workstation on one day (intake finished that local day, as in
     * {@link #today}), in the order intake finished, with the desk's service timer (Today's list against the
     * 20-minute standard). Applications without a timer (0 ms) are left out, as in the service-time figures.
     */
    public List<ServedApplication> served(LocalDate day, String workstationId, String operator) {
        Days days = Days.finishedOn(day, zone);
        Query q = new Query("SELECT finished_at, service, status = 'INTAKE_REFUSED', service_time_ms FROM application "
                + "WHERE " + days.condition("") + " AND " + FINISHED + " AND service_time_ms > 0",
                days.parameters()).scoped(ReportScope.operatorAt(workstationId, operator), "")
                .append(" ORDER BY finished_at, id");
        return database.read(c -> {
            List<ServedApplication> result = new ArrayList<>();
            q.each(c, rs -> result.add(new ServedApplication(instant(rs.getString(1)), rs.getString(2),
                    rs.getBoolean(3), Duration.ofMillis(rs.getLong(4)))));
            return result;
        });
    }

    private OfficeReport compute(ReportPeriod period, Days days, ReportScope scope) {
        return database.read(c -> new OfficeReport(period, scope, days(c, days, scope),
                intakeGrounds(c, days, scope), decisions(c, period, scope), serviceTimes(c, days, scope),
                waiting(c, period, scope)));
    }

    private static List<DayCount> days(Connection c, Days days, ReportScope scope) throws SQLException {
        Query q = new Query("SELECT " + days.day("") + " AS report_day, service, "
                + "sum(status <> 'INTAKE_REFUSED'), sum(status = 'INTAKE_REFUSED') FROM application "
                + "WHERE " + days.condition("") + " AND " + FINISHED, days.parameters())
                .scoped(scope, "").append(" GROUP BY report_day, service ORDER BY report_day, service");
        List<DayCount> result = new ArrayList<>();
        q.each(c, rs -> result.add(new DayCount(LocalDate.parse(rs.getString(1)), rs.getString(2), rs.getInt(3),
                rs.getInt(4))));
        return result;
    }

    private static List<IntakeGround> intakeGrounds(Connection c, Days days, ReportScope scope)
            throws SQLException {
        Query q = new Query("SELECT a.service, g.document, g.reason, count(*) FROM intake_refusal_ground g "
                + "JOIN application a ON a.id = g.application_id "
                + "WHERE " + days.condition("a.") + " AND a.status = 'INTAKE_REFUSED'", days.parameters())
                .scoped(scope, "a.").append(" GROUP BY a.service, g.document, g.reason "
                        + "ORDER BY count(*) DESC, a.service, g.document, g.reason");
        List<IntakeGround> result = new ArrayList<>();
        q.each(c, rs -> result.add(new IntakeGround(rs.getString(1), rs.getString(2), rs.getString(3),
                rs.getInt(4))));
        return result;
    }

    private static DecisionFigures decisions(Connection c, ReportPeriod period, ReportScope scope)
            throws SQLException {
        int[] counts = new int[4]; // issued, refused, on time, late
        new Query("SELECT sum(decision = 'ISSUED'), sum(decision = 'REFUSED'), sum(decided_on <= decision_due), "
                + "sum(decided_on > decision_due) FROM application WHERE decided_on BETWEEN ? AND ?", period)
                .scoped(scope, "").each(c, rs -> {
                    for (int i = 0; i < counts.length; i++) {
                        counts[i] = rs.getInt(i + 1);
                    }
                });
        List<ProviderGround> grounds = new ArrayList<>();
        new Query("SELECT service, coalesce(decision_ground, ''), count(*) FROM application "
                + "WHERE decided_on BETWEEN ? AND ? AND decision = 'REFUSED'", period).scoped(scope, "")
                .append(" GROUP BY service, decision_ground ORDER BY count(*) DESC, service, decision_ground")
                .each(c, rs -> grounds.add(new ProviderGround(rs.getString(1), rs.getString(2), rs.getInt(3))));
        List<LateDecision> late = new ArrayList<>();
        new Query("SELECT coalesce(server_reference, substr(id, 1, 8)), service, registration_day, decision_due, "
                + "decided_on FROM application WHERE decided_on BETWEEN ? AND ? AND decided_on > decision_due", period)
                .scoped(scope, "").append(" ORDER BY decided_on, registration_day, id LIMIT " + LATE_LISTED)
                .each(c, rs -> late.add(new LateDecision(rs.getString(1), rs.getString(2), day(rs.getString(3)),
                        day(rs.getString(4)), day(rs.getString(5)))));
        return new DecisionFigures(counts[0], counts[1], counts[2], late, counts[3], grounds);
    }

    /** Per operator, from the service timer; applications without a timer (0 ms) are not counted. */
    private static List<ServiceTime> serviceTimes(Connection c, Days days, ReportScope scope)
            throws SQLException {
        List<ServiceTime> result = new ArrayList<>();
        List<Long> times = new ArrayList<>();
        String[] current = {null};
        new Query("SELECT coalesce(finished_by, ''), service_time_ms FROM application "
                + "WHERE " + days.condition("") + " AND " + FINISHED + " AND service_time_ms > 0", days.parameters())
                .scoped(scope, "").append(" ORDER BY finished_by, service_time_ms")
                .each(c, rs -> {
                    String operator = rs.getString(1);
                    if (current[0] != null && !current[0].equals(operator)) {
                        result.add(serviceTime(current[0], times));
                        times.clear();
                    }
                    current[0] = operator;
                    times.add(rs.getLong(2));
                });
        if (current[0] != null) {
            result.add(serviceTime(current[0], times));
        }
        return result;
    }

    /** {@code sortedMillis} ascending. */
    static ServiceTime serviceTime(String operator, List<Long> sortedMillis) {
        int n = sortedMillis.size();
        long standard = ServiceTime.STANDARD.toMillis();
        int over = (int) sortedMillis.stream().filter(ms -> ms > standard).count();
        return new ServiceTime(operator, n, Duration.ofMillis(nearestRank(sortedMillis, 50)),
                Duration.ofMillis(nearestRank(sortedMillis, 90)), over);
    }

    /** The nearest-rank percentile: the smallest value with at least {@code p} % of the values at or below it. */
    static long nearestRank(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private WaitingFigures waiting(Connection c, ReportPeriod period, ReportScope scope) throws SQLException {
        // The handout queue and the outbox are the office's whatever the scope: an operator hands out what anyone
        // took, and every workstation's outbox is its own database.
        int[] handout = new int[1];
        Instant[] handoutOldest = {null};
        each(c, "SELECT count(*), min(decided_at) FROM application WHERE status IN ('ISSUED', 'REFUSED')", rs -> {
            handout[0] = rs.getInt(1);
            handoutOldest[0] = instant(rs.getString(2));
        });
        int[] outbox = new int[1];
        Instant[] outboxOldest = {null};
        each(c, "SELECT count(*), min(created_at) FROM outbox WHERE state IN ('PENDING', 'FAILED')", rs -> {
            outbox[0] = rs.getInt(1);
            outboxOldest[0] = instant(rs.getString(2));
        });
        int[] handedOut = new int[1];
        String sql = "SELECT count(*) FROM application WHERE handed_out_at >= ? AND handed_out_at < ?"
                + scope.operator().map(o -> " AND handed_out_by = ?").orElse("");
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, StoredInstants.format(period.from().atStartOfDay(zone).toInstant()));
            st.setString(2, StoredInstants.format(period.to().plusDays(1).atStartOfDay(zone).toInstant()));
            if (scope.operator().isPresent()) {
                st.setString(3, scope.operator().get());
            }
            try (ResultSet rs = st.executeQuery()) {
                handedOut[0] = rs.next() ? rs.getInt(1) : 0;
            }
        }
        return new WaitingFigures(handout[0], Optional.ofNullable(handoutOldest[0]), handedOut[0], outbox[0],
                Optional.ofNullable(outboxOldest[0]));
    }

    private static void each(Connection c, String sql, Query.Row row) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                row.accept(rs);
            }
        }
    }

    private static LocalDate day(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    private static Instant instant(String stored) {
        return stored == null ? null : Instant.parse(stored);
    }
}
