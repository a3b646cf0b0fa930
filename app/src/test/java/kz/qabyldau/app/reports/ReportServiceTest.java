package kz.qabyldau.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.reports.SyntheticOffice.Row;
import kz.qabyldau.app.store.Database;

/** The figures against data sets whose answers are known: a small one by hand, a generated one counted in Java. */
class ReportServiceTest {

    private static final LocalDate MON = LocalDate.of(2026, 3, 2);

    @TempDir
    Path folder;

    private Database db;
    private ReportService reports;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.at(folder, false));
        reports = new ReportService(db, ReportAccess.wholeOffice(), ZoneOffset.UTC);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static Row accepted(int n, String service, LocalDate day, String operator, long minutes) {
        return new Row("a" + n, service, "QUEUED", day, day.plusDays(2), null, null, null, operator, "ws-1",
                minutes * 60_000, List.of(), null, null, null);
    }

    private static Row refusedAtIntake(int n, LocalDate day, String operator, String... documents) {
        List<String[]> grounds = new ArrayList<>();
        for (String d : documents) {
            grounds.add(new String[] {d, "MISSING"});
        }
        return new Row("r" + n, "permit.issue", "INTAKE_REFUSED", day, null, null, null, null, operator, "ws-1",
                5 * 60_000, grounds, null, null, null);
    }

    private static Row decided(int n, LocalDate day, String decision, LocalDate on, String ground, String status) {
        Instant at = on.atTime(6, 0).toInstant(ZoneOffset.UTC);
        return new Row("d" + n, "permit.issue", status, day, day.plusDays(2), decision, on, ground, "Дана", "ws-2",
                10 * 60_000, List.of(), at, status.equals("HANDED_OUT") ? at.plusSeconds(3_600) : null,
                status.equals("HANDED_OUT") ? "Ерлан" : null);
    }

    @Test
    void aSmallOfficeByHand() {
        SyntheticOffice.insert(db, List.of(
                accepted(1, "permit.issue", MON, "Дана", 10),
                accepted(2, "permit.issue", MON, "Дана", 30),
                accepted(3, "permit.extend", MON.plusDays(1), "Ерлан", 12),
                refusedAtIntake(1, MON, "Дана", "medical.028e", "insurance"),
                refusedAtIntake(2, MON.plusDays(1), "Ерлан", "medical.028e"),
                decided(1, MON, "ISSUED", MON.plusDays(2), null, "ISSUED"),
                decided(2, MON, "REFUSED", MON.plusDays(3), "4", "HANDED_OUT"),
                decided(3, MON.plusDays(1), "REFUSED", MON.plusDays(3), "4", "REFUSED"),
                accepted(9, "permit.issue", MON.plusDays(7), "Дана", 10)));

        OfficeReport r = reports.office(new ReportPeriod(MON, MON.plusDays(4)));

        assertThat(r.accepted()).isEqualTo(6);
        assertThat(r.refusedAtIntake()).isEqualTo(2);
        assertThat(r.days()).containsExactly(
                new DayCount(MON, "permit.issue", 4, 1),
                new DayCount(MON.plusDays(1), "permit.extend", 1, 0),
                new DayCount(MON.plusDays(1), "permit.issue", 1, 1));
        assertThat(r.intakeGrounds()).containsExactly(
                new IntakeGround("permit.issue", "medical.028e", "MISSING", 2),
                new IntakeGround("permit.issue", "insurance", "MISSING", 1));
        DecisionFigures d = r.decisions();
        assertThat(List.of(d.issued(), d.refused(), d.onTime(), d.lateCount())).containsExactly(1, 2, 2, 1);
        assertThat(d.late()).containsExactly(new LateDecision("d2", "permit.issue", MON, MON.plusDays(2),
                MON.plusDays(3)));
        assertThat(d.grounds()).containsExactly(new ProviderGround("permit.issue", "4", 2));
        assertThat(r.serviceTimes()).containsExactly(
                new ServiceTime("Дана", 6, Duration.ofMinutes(10), Duration.ofMinutes(30), 1),
                new ServiceTime("Ерлан", 2, Duration.ofMinutes(5), Duration.ofMinutes(12), 0));
        assertThat(r.waiting().handoutWaiting()).isEqualTo(2);
        assertThat(r.waiting().handoutOldest()).contains(MON.plusDays(2).atTime(6, 0).toInstant(ZoneOffset.UTC));
        assertThat(r.waiting().handedOut()).isEqualTo(1);
    }

    @Test
    void todayCountsOneOperatorAtOneWorkstation() {
        SyntheticOffice.insert(db, List.of(
                accepted(1, "permit.issue", MON, "Дана", 10),
                accepted(2, "permit.issue", MON, "Ерлан", 30),
                accepted(3, "permit.issue", MON.minusDays(1), "Дана", 12),
                refusedAtIntake(1, MON, "Дана", "passport")));

        OfficeReport r = reports.today(MON, "ws-1", "Дана");

        assertThat(r.accepted()).isEqualTo(1);
        assertThat(r.refusedAtIntake()).isEqualTo(1);
        assertThat(r.serviceTimes()).extracting(ServiceTime::operator).containsExactly("Дана");
        assertThat(reports.today(MON, "ws-2", "Дана").accepted()).isZero();
    }

    /**
     * Today is the operator's day: what intake finished on that local day. The office's reports count registration
     * days (p.14), which differ after 18:30 and on days off; a draft started earlier counts when it was accepted.
     */
    @Test
    void todayCountsTheDayIntakeFinishedAndReportsTheRegistrationDay() {
        ZoneId almaty = ZoneId.of("Asia/Almaty");
        ReportService office = new ReportService(db, ReportAccess.wholeOffice(), almaty);
        LocalDate friday = MON.minusDays(3);
        LocalDate sunday = MON.minusDays(1);
        SyntheticOffice.insert(db, List.of(
                accepted(1, "permit.issue", MON, "Дана", 10),   // draft started Friday, accepted Monday 11:00
                accepted(2, "permit.issue", MON.plusDays(1), "Дана", 12), // accepted Monday 19:10: registered Tuesday
                accepted(3, "permit.extend", MON, "Дана", 8),   // accepted Sunday 12:00: registered Monday
                refusedAtIntake(4, MON.plusDays(1), "Дана", "passport"))); // refused Monday 18:45: Tuesday
        SyntheticOffice.startedAndFinished(db, "a1", friday.atTime(16, 0).atZone(almaty).toInstant(),
                MON.atTime(11, 0).atZone(almaty).toInstant());
        SyntheticOffice.startedAndFinished(db, "a2", MON.atTime(18, 58).atZone(almaty).toInstant(),
                MON.atTime(19, 10).atZone(almaty).toInstant());
        SyntheticOffice.startedAndFinished(db, "a3", sunday.atTime(11, 52).atZone(almaty).toInstant(),
                sunday.atTime(12, 0).atZone(almaty).toInstant());
        SyntheticOffice.startedAndFinished(db, "r4", MON.atTime(18, 40).atZone(almaty).toInstant(),
                MON.atTime(18, 45).atZone(almaty).toInstant());

        OfficeReport monday = office.today(MON, "ws-1", "Дана");
        assertThat(monday.days()).containsExactly(new DayCount(MON, "permit.issue", 2, 1));
        assertThat(monday.intakeGrounds()).containsExactly(new IntakeGround("permit.issue", "passport", "MISSING", 1));
        assertThat(monday.serviceTimes()).containsExactly(
                new ServiceTime("Дана", 3, Duration.ofMinutes(10), Duration.ofMinutes(12), 0));
        assertThat(office.served(MON, "ws-1", "Дана")).extracting(ServedApplication::finishedAt).containsExactly(
                MON.atTime(11, 0).atZone(almaty).toInstant(), MON.atTime(18, 45).atZone(almaty).toInstant(),
                MON.atTime(19, 10).atZone(almaty).toInstant());
        assertThat(office.today(sunday, "ws-1", "Дана").days()).containsExactly(
                new DayCount(sunday, "permit.extend", 1, 0));
        assertThat(office.today(friday, "ws-1", "Дана").accepted()).as("started, not finished").isZero();

        assertThat(office.office(ReportPeriod.day(MON)).days()).containsExactly(
                new DayCount(MON, "permit.extend", 1, 0), new DayCount(MON, "permit.issue", 1, 0));
        assertThat(office.office(ReportPeriod.day(MON.plusDays(1))).days()).containsExactly(
                new DayCount(MON.plusDays(1), "permit.issue", 1, 1));
    }

    @Test
    void aGeneratedOfficeGivesTheFiguresCountedOneByOne() {
        List<Row> rows = SyntheticOffice.generate(3_000, 7, MON, 40);
        SyntheticOffice.insert(db, rows);
        ReportPeriod period = new ReportPeriod(MON.plusDays(5), MON.plusDays(25));

        OfficeReport r = reports.office(period);

        List<Row> registered = rows.stream().filter(x -> within(x.registrationDay(), period)).toList();
        assertThat(r.accepted()).isEqualTo(registered.stream().filter(x -> !x.status().equals("INTAKE_REFUSED"))
                .count());
        assertThat(r.refusedAtIntake()).isEqualTo(registered.stream()
                .filter(x -> x.status().equals("INTAKE_REFUSED")).count());
        Map<String, Long> grounds = registered.stream().flatMap(x -> x.intakeGrounds().stream()
                .map(g -> x.service() + "/" + g[0] + "/" + g[1])).collect(Collectors.groupingBy(k -> k,
                        Collectors.counting()));
        assertThat(r.intakeGrounds()).hasSize(grounds.size()).allSatisfy(g ->
                assertThat((long) g.count()).isEqualTo(grounds.get(g.service() + "/" + g.document() + "/"
                        + g.reason())));
        assertThat(r.intakeGrounds()).extracting(IntakeGround::count).isSortedAccordingTo((a, b) -> b - a);

        List<Row> decided = rows.stream().filter(x -> x.decidedOn() != null && within(x.decidedOn(), period))
                .toList();
        DecisionFigures d = r.decisions();
        assertThat(d.issued()).isEqualTo(decided.stream().filter(x -> x.decision().equals("ISSUED")).count());
        assertThat(d.refused()).isEqualTo(decided.stream().filter(x -> x.decision().equals("REFUSED")).count());
        assertThat(d.lateCount()).isEqualTo(decided.stream().filter(x -> x.decidedOn().isAfter(x.decisionDue()))
                .count());
        assertThat(d.onTime() + d.lateCount()).isEqualTo(d.total());
        assertThat(d.late()).hasSize(Math.min(d.lateCount(), ReportService.LATE_LISTED));

        Map<String, List<Long>> times = new TreeMap<>();
        registered.forEach(x -> times.computeIfAbsent(x.finishedBy(), k -> new ArrayList<>()).add(x.serviceTimeMs()));
        assertThat(r.serviceTimes()).hasSize(times.size());
        for (ServiceTime t : r.serviceTimes()) {
            List<Long> sorted = times.get(t.operator()).stream().sorted().toList();
            assertThat(t.applications()).isEqualTo(sorted.size());
            assertThat(t.median().toMillis()).isEqualTo(sorted.get((sorted.size() + 1) / 2 - 1));
            assertThat(t.p90().toMillis()).isEqualTo(sorted.get((int) Math.ceil(0.9 * sorted.size()) - 1));
            assertThat(t.overStandard()).isEqualTo(sorted.stream().filter(ms -> ms > 20 * 60_000).count());
        }

        Map<String, Long> waiting = new HashMap<>();
        rows.stream().filter(x -> x.status().equals("ISSUED") || x.status().equals("REFUSED"))
                .forEach(x -> waiting.merge("n", 1L, Long::sum));
        assertThat((long) r.waiting().handoutWaiting()).isEqualTo(waiting.getOrDefault("n", 0L));
        assertThat(r.waiting().handedOut()).isEqualTo(rows.stream().filter(x -> x.handedOutAt() != null
                && within(LocalDate.ofInstant(x.handedOutAt(), ZoneOffset.UTC), period)).count());
    }

    private static boolean within(LocalDate day, ReportPeriod p) {
        return !day.isBefore(p.from()) && !day.isAfter(p.to());
    }

    @Test
    void theOfficesReportsNeedTheAdministratorTodayDoesNot() {
        ReportService asOperator = new ReportService(db, ReportAccess.of(() -> ReportRole.OPERATOR), ZoneOffset.UTC);

        assertThat(asOperator.mayOpenOfficeReports()).isFalse();
        assertThatThrownBy(() -> asOperator.office(ReportPeriod.day(MON)))
                .isInstanceOf(ReportAccessDeniedException.class);
        assertThat(asOperator.today(MON, "ws-1", "Дана").accepted()).isZero();
    }

    @Test
    void percentilesAreNearestRank() {
        assertThat(ReportService.nearestRank(List.of(1L, 2L, 3L, 4L), 50)).isEqualTo(2);
        assertThat(ReportService.nearestRank(List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L), 90)).isEqualTo(9);
        assertThat(ReportService.nearestRank(List.of(7L), 90)).isEqualTo(7);
    }

    @Test
    void aPeriodEndsOnOrAfterItsStart() {
        assertThatThrownBy(() -> new ReportPeriod(MON, MON.minusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThat(new ReportPeriod(MON, MON.plusDays(6)).days()).isEqualTo(7);
    }
}
