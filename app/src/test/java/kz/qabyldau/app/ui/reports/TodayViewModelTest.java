package kz.qabyldau.app.ui.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.reports.Csv;
import kz.qabyldau.app.reports.ReportAccess;
import kz.qabyldau.app.reports.ReportDocument;
import kz.qabyldau.app.reports.ReportExport;
import kz.qabyldau.app.reports.ReportPdf;
import kz.qabyldau.app.reports.ReportRole;
import kz.qabyldau.app.reports.ReportService;
import kz.qabyldau.app.reports.ReportTable;
import kz.qabyldau.app.reports.SyntheticOffice;
import kz.qabyldau.app.reports.SyntheticOffice.Row;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.forms.service.ServiceCatalog;
import java.io.IOException;
import java.nio.file.Files;

/** Today for a clerk: only their work at this workstation, read in the background, in their language. */
class TodayViewModelTest {

    static final LocalDate DAY = LocalDate.of(2026, 3, 3);
    static final ServiceCatalog CATALOG = ServiceCatalog.loadBundled();

    @TempDir
    Path folder;

    private Database db;
    private final I18n i18n = new I18n(Language.KK);
    private final DeferredExecutor executor = new DeferredExecutor();

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.at(folder, false));
    }

    @AfterEach
    void close() {
        db.close();
    }

    static Row accepted(String id, String service, LocalDate day, String operator, String workstation, long minutes) {
        return new Row(id, service, "QUEUED", day, day.plusDays(2), null, null, null, operator, workstation,
                minutes * 60_000, List.of(), null, null, null);
    }

    static Row refused(String id, LocalDate day, String operator, String... documents) {
        List<String[]> grounds = new ArrayList<>();
        for (String d : documents) {
            grounds.add(new String[] {d, "MISSING"});
        }
        return new Row(id, "permit.issue", "INTAKE_REFUSED", day, null, null, null, null, operator, "ws-1",
                7 * 60_000, grounds, null, null, null);
    }

    private TodayViewModel today(ReportRole role) {
        ReportService service = new ReportService(db, ReportAccess.of(() -> role), ZoneOffset.UTC);
        ReportsViewModel.Output output = new ReportsViewModel.Output(new ReportExport(folder.resolve("exports"),
                new AuditLog(db, Clock.systemUTC())), new ReportPdf(),
                (pdf, form) -> PaperDelivery.Delivery.printedOn("P"), false, () -> "Дана");
        return new TodayViewModel(service, executor, new ReportTexts(i18n, CATALOG, ZoneOffset.UTC), () -> "Дана",
                "ws-1", output, Clock.fixed(DAY.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void aClerkTakesTheirDayAsCsvNamedByTheDayAndAudited() throws IOException {
        SyntheticOffice.insert(db, List.of(accepted("a1", "permit.issue", DAY, "Дана", "ws-1", 12)));
        TodayViewModel model = today(ReportRole.OPERATOR);
        model.refresh();
        executor.runAll();

        model.exportCsv();
        executor.runAll();

        Path file = folder.resolve("exports").resolve("today-2026-03-03.csv");
        List<List<String>> rows = Csv.parse(Files.readAllBytes(file));
        assertThat(rows.get(0)).containsExactly("Бүгін, 03.03.2026");
        assertThat(Csv.table(rows, "Қызметтер бойынша өтініштер")).hasSize(1);
        assertThat(model.statusProperty().get()).isEqualTo("Сақталды: " + file);
        assertThat(new AuditLog(db, Clock.systemUTC()).latest(1).get(0).action()).isEqualTo(AuditActions.EXPORTED);
    }

    @Test
    void aClerkSeesTheirOwnDayAtThisWorkstationComputedInTheBackground() {
        SyntheticOffice.insert(db, List.of(
                accepted("a1", "permit.issue", DAY, "Дана", "ws-1", 12),
                accepted("a2", "permit.extend", DAY, "Дана", "ws-1", 25),
                accepted("a3", "permit.issue", DAY, "Ерлан", "ws-1", 9),
                accepted("a4", "permit.issue", DAY, "Дана", "ws-2", 9),
                accepted("a5", "permit.issue", DAY.minusDays(1), "Дана", "ws-1", 9),
                refused("r1", DAY, "Дана", "medical-028e", "passport")));
        TodayViewModel model = today(ReportRole.OPERATOR);

        model.refresh();

        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.todayProperty().get()).isNull();
        assertThat(executor.pending()).isEqualTo(1);

        executor.runAll();

        assertThat(model.loadingProperty().get()).isFalse();
        TodayViewModel.Today t = model.todayProperty().get();
        assertThat(t.report().accepted()).isEqualTo(2);
        assertThat(t.report().refusedAtIntake()).isEqualTo(1);
        assertThat(t.served()).hasSize(3);
        assertThat(t.served()).filteredOn(s -> s.overStandard()).hasSize(1);

        ReportDocument d = model.documentProperty().get();
        assertThat(d.title()).isEqualTo("Бүгін, 03.03.2026");
        ReportTable perService = d.tables().get(0);
        assertThat(perService.rows()).hasSize(2);
        assertThat(String.join(" ", perService.rows().get(0))).doesNotContain("permit.").contains("1");
        ReportTable grounds = d.tables().get(1);
        assertThat(grounds.rows()).extracting(r -> r.get(2)).containsOnly("ұсынылмаған");
        assertThat(grounds.rows()).extracting(r -> r.get(1)).doesNotContain("medical-028e", "passport");
        ReportTable served = d.tables().get(2);
        assertThat(served.rows()).extracting(r -> r.get(3)).containsExactlyInAnyOrder("12:00", "25:00", "7:00");
        assertThat(served.rows()).filteredOn(r -> r.get(3).equals("25:00")).extracting(r -> r.get(4))
                .containsExactly("иә");
    }

    @Test
    void theTablesFollowTheLanguage() {
        SyntheticOffice.insert(db, List.of(accepted("a1", "permit.issue", DAY, "Дана", "ws-1", 12)));
        TodayViewModel model = today(ReportRole.OPERATOR);
        model.refresh();
        executor.runAll();

        i18n.languageProperty().set(Language.RU);

        assertThat(model.documentProperty().get().title()).isEqualTo("Сегодня, 03.03.2026");
        assertThat(model.documentProperty().get().tables().get(0).header()).first().isEqualTo("Услуга");
    }

    @Test
    void aFailureIsToldInTheClerksLanguageNotAsAStackTrace() {
        TodayViewModel model = today(ReportRole.OPERATOR);
        db.close();

        model.refresh();
        executor.runAll();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.problemProperty().get()).startsWith("Көрсеткіштерді оқу мүмкін болмады");
        db = Database.open(DataFolder.at(folder, false));
    }
}
