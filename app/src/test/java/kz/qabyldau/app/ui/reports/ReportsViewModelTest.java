package kz.qabyldau.app.ui.reports;

import static kz.qabyldau.app.ui.reports.TodayViewModelTest.CATALOG;
import static kz.qabyldau.app.ui.reports.TodayViewModelTest.accepted;
import static kz.qabyldau.app.ui.reports.TodayViewModelTest.refused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.reports.CentralReports;
import kz.qabyldau.app.reports.Csv;
import kz.qabyldau.app.reports.ReportAccess;
import kz.qabyldau.app.reports.ReportAccessDeniedException;
import kz.qabyldau.app.reports.ReportDocument;
import kz.qabyldau.app.reports.ReportExport;
import kz.qabyldau.app.reports.ReportPdf;
import kz.qabyldau.app.reports.ReportPeriod;
import kz.qabyldau.app.reports.ReportRole;
import kz.qabyldau.app.reports.ReportService;
import kz.qabyldau.app.reports.ReportTable;
import kz.qabyldau.app.reports.SyntheticOffice;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.sync.SyncFailure;

/** The office's reports: the administrator's, checked in the view model and again in the service. */
class ReportsViewModelTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);

    @TempDir
    Path folder;

    private Database db;
    private final I18n i18n = new I18n(Language.KK);
    private final DeferredExecutor executor = new DeferredExecutor();
    private final AtomicReference<ReportRole> role = new AtomicReference<>(ReportRole.ADMINISTRATOR);
    private ReportService service;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.at(folder, false));
        service = new ReportService(db, ReportAccess.of(role::get), ZoneOffset.UTC);
        SyntheticOffice.insert(db, List.of(
                accepted("a1", "permit.issue", DAY.minusDays(2), "Дана", "ws-1", 12),
                accepted("a2", "permit.extend", DAY, "Ерлан", "ws-2", 25),
                accepted("a3", "permit.issue", DAY, "Дана", "ws-1", 9),
                refused("r1", DAY, "Дана", "medical-028e"),
                accepted("old", "permit.issue", DAY.minusMonths(1), "Дана", "ws-1", 9)));
    }

    @AfterEach
    void close() {
        db.close();
    }

    private final List<byte[]> printed = new ArrayList<>();
    /** The central service's answer (null: a workstation without one). */
    private CentralReports.Source centralSource;
    private final AtomicInteger centralAsked = new AtomicInteger();

    private CentralReports.Source answering() {
        return CentralAnswer.forAst03(centralAsked);
    }

    @Test
    void theOfficesFiguresFromTheCentralServiceStandBesideTheWorkstationsOnScreenInCsvAndOnPaper()
            throws IOException {
        centralSource = answering();
        ReportsViewModel model = model();
        model.refresh();
        executor.runAll();

        assertThat(model.centralProperty().get().figures()).isPresent();
        ReportDocument doc = model.documentProperty().get();
        assertThat(doc.lines()).anySatisfy(l -> assertThat(l).startsWith("Орталық сервистің деректері (AST-03 бөлімі")
                .contains("келіп түскені 7", "берілгені 4", "бас тартқаны 1", "кешіктірілгені 1"));
        String beside = "Орталық сервис: бөлімнің өтініштері қызметтер бойынша, осы жұмыс орнының деректерімен қатар";
        ReportTable table = doc.tables().stream().filter(t -> t.title().equals(beside)).findFirst().orElseThrow();
        assertThat(table.header()).containsExactly("Қызмет", "Осы жұмыс орнында қабылданды",
                "Орталық сервиске келіп түсті (бүкіл бөлім)");
        assertThat(table.rows()).hasSize(2).allSatisfy(r -> assertThat(r.get(0)).doesNotStartWith("permit."));
        assertThat(table.rows()).extracting(r -> r.get(1) + "/" + r.get(2)).containsExactlyInAnyOrder("2/7", "1/0");

        model.exportCsv();
        executor.runAll();
        List<List<String>> rows = Csv.parse(Files.readAllBytes(folder.resolve("exports")
                .resolve("report-2026-03-01-2026-03-10.csv")));
        assertThat(Csv.table(rows, beside)).hasSize(2);
        assertThat(Csv.table(rows, "Орталық сервис: бөлімнің өтініштері бойынша шешімдер"))
                .containsExactly(List.of(table.rows().stream().filter(r -> r.get(1).equals("2")).findFirst()
                        .orElseThrow().get(0), "4", "1", "0", "4", "1"));
        assertThat(Csv.table(rows, "Орталық сервис: тіркелгеннен шешімге дейінгі күндер"))
                .containsExactly(List.of("2", "4"), List.of("3", "1"));

        model.print();
        executor.runAll();
        try (PDDocument pdf = Loader.loadPDF(printed.get(0))) {
            assertThat(new PDFTextStripper().getText(pdf).replaceAll("\\s+", " "))
                    .contains("Орталық сервис: қызмет берушінің бас тарту негіздері", "AST-03");
        }
    }

    @Test
    void offlineTheReportSaysSoAndKeepsTheWorkstationsFigures() {
        centralSource = (from, to) -> {
            centralAsked.incrementAndGet();
            throw new SyncFailure(SyncFailure.Kind.OFFLINE, "", 0, "cannot connect", null);
        };
        ReportsViewModel model = model();
        model.refresh();
        executor.runAll();

        ReportDocument doc = model.documentProperty().get();
        assertThat(doc.lines()).contains("Орталық сервистің деректері жоқ: байланыс жоқ (желіден тыс). "
                + "Көрсеткіштер тек осы жұмыс орнынікі.");
        assertThat(doc.tables()).extracting(ReportTable::title).noneMatch(t -> t.startsWith("Орталық"))
                .contains("Қызметтер бойынша өтініштер");
        assertThat(model.reportProperty().get().accepted()).isEqualTo(3);
        assertThat(model.problemProperty().get()).isEmpty();
        assertThat(centralAsked).hasValue(1);
    }

    @Test
    void aClerkNeverGetsTheCentralServicesFigures() {
        centralSource = answering();
        ReportsViewModel model = model();
        model.refresh();
        role.set(ReportRole.OPERATOR);
        executor.runAll();

        assertThat(model.centralProperty().get()).isNull();
        assertThat(centralAsked).hasValue(0);
        assertThatThrownBy(() -> CentralReports.from(ReportAccess.of(role::get), answering())
                .fetch(ReportPeriod.day(DAY))).isInstanceOf(ReportAccessDeniedException.class);
        assertThat(centralAsked).hasValue(0);
    }

    private ReportsViewModel model() {
        ReportsViewModel.Output output = new ReportsViewModel.Output(new ReportExport(folder.resolve("exports"),
                new AuditLog(db, Clock.systemUTC())), new ReportPdf(), (pdf, form) -> {
                    printed.add(pdf);
                    return PaperDelivery.Delivery.printedOn("Kyocera");
                }, false, () -> "Әсем");
        CentralReports central = centralSource == null ? CentralReports.notConnected(ReportAccess.of(role::get))
                : CentralReports.from(ReportAccess.of(role::get), centralSource);
        return new ReportsViewModel(service, central, executor, new ReportTexts(i18n, CATALOG, ZoneOffset.UTC), output,
                Clock.fixed(DAY.atTime(15, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    }

    @Test
    void theReportOnScreenIsExportedAsCsvWithTheSameFiguresAndAudited() throws IOException {
        ReportsViewModel model = model();
        model.refresh();
        executor.runAll();

        model.exportCsv();
        assertThat(model.writingProperty().get()).isTrue();
        executor.runAll();

        Path file = folder.resolve("exports").resolve("report-2026-03-01-2026-03-10.csv");
        assertThat(model.statusProperty().get()).isEqualTo("Сақталды: " + file);
        List<List<String>> rows = Csv.parse(Files.readAllBytes(file));
        assertThat(rows.get(0)).containsExactly("Бөлімнің есебі, 01.03.2026 – 10.03.2026");
        List<List<String>> perService = Csv.table(rows, "Қызметтер бойынша өтініштер");
        assertThat(perService).hasSize(2);
        assertThat(perService.stream().mapToInt(r -> Integer.parseInt(r.get(1))).sum()).isEqualTo(3);
        assertThat(perService.stream().mapToInt(r -> Integer.parseInt(r.get(2))).sum()).isEqualTo(1);
        assertThat(Csv.table(rows, "Алынған шешімдер")).hasSize(4);
        AuditLog.Entry entry = new AuditLog(db, Clock.systemUTC()).latest(1).get(0);
        assertThat(entry.action()).isEqualTo(AuditActions.EXPORTED);
        assertThat(entry.clerk()).isEqualTo("Әсем");
    }

    @Test
    void theReportIsPrintedWithTheFormsEngineAndAudited() throws IOException {
        ReportsViewModel model = model();
        model.refresh();
        executor.runAll();

        model.print();
        executor.runAll();

        assertThat(printed).hasSize(1);
        try (PDDocument doc = Loader.loadPDF(printed.get(0))) {
            assertThat(new PDFTextStripper().getText(doc)).contains("Бөлімнің есебі", "Қызметтер бойынша өтініштер",
                    "Дана", "Ерлан");
        }
        assertThat(model.statusProperty().get()).contains("Kyocera");
        assertThat(new AuditLog(db, Clock.systemUTC()).latest(1).get(0).action()).isEqualTo(AuditActions.PRINTED);
    }

    @Test
    void nothingIsExportedBeforeAReportNorByAClerk() {
        ReportsViewModel model = model();
        model.exportCsv();
        assertThat(executor.pending()).isZero();
        assertThat(model.statusProperty().get()).isEqualTo("Алдымен есепті көрсетіңіз.");

        model.refresh();
        executor.runAll();
        role.set(ReportRole.OPERATOR);
        model.exportCsv();
        model.print();

        assertThat(executor.pending()).isZero();
        assertThat(folder.resolve("exports")).doesNotExist();
        assertThat(printed).isEmpty();
        assertThat(model.problemProperty().get()).isEqualTo("Бөлімнің есептері тек әкімшіге қолжетімді.");
    }

    @Test
    void anAdministratorSeesTheMonthSoFarEveryOperatorComputedInTheBackground() {
        ReportsViewModel model = model();
        assertThat(model.fromProperty().get()).isEqualTo(LocalDate.of(2026, 3, 1));
        assertThat(model.toProperty().get()).isEqualTo(DAY);

        model.refresh();
        assertThat(model.loadingProperty().get()).isTrue();
        assertThat(model.reportProperty().get()).isNull();
        executor.runAll();

        assertThat(model.loadingProperty().get()).isFalse();
        assertThat(model.reportProperty().get().accepted()).isEqualTo(3);
        assertThat(model.reportProperty().get().refusedAtIntake()).isEqualTo(1);
        assertThat(model.byDayProperty().get()).hasSize(10).last()
                .isEqualTo(new ReportsViewModel.Bar("10.03", 2, 1));
        assertThat(model.byServiceProperty().get()).extracting(ReportsViewModel.Bar::label)
                .noneMatch(l -> l.startsWith("permit."));
        assertThat(model.documentProperty().get().title()).isEqualTo("Бөлімнің есебі, 01.03.2026 – 10.03.2026");
        assertThat(model.documentProperty().get().tables()).extracting(t -> t.title()).contains(
                "Қызметтер бойынша өтініштер", "Алынған шешімдер", "Операторлар бойынша қызмет көрсету уақыты "
                        + "(стандарт: 20 минут)");
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void aClerkIsRefusedByTheViewModelAndByTheService() {
        role.set(ReportRole.OPERATOR);
        ReportsViewModel model = model();

        assertThat(model.mayOpen()).isFalse();
        model.refresh();

        assertThat(executor.pending()).isZero();
        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.problemProperty().get()).isEqualTo("Бөлімнің есептері тек әкімшіге қолжетімді.");
        assertThatThrownBy(() -> service.office(ReportPeriod.day(DAY))).isInstanceOf(ReportAccessDeniedException.class);
    }

    @Test
    void anAdministratorWhoIsReplacedByAClerkBeforeTheFiguresAreReadGetsNone() {
        ReportsViewModel model = model();
        model.refresh();
        role.set(ReportRole.OPERATOR); // the screen was locked and a clerk signed in meanwhile

        executor.runAll();

        assertThat(model.reportProperty().get()).isNull();
        assertThat(model.documentProperty().get()).isNull();
        assertThat(model.problemProperty().get()).isEqualTo("Бөлімнің есептері тек әкімшіге қолжетімді.");
    }

    @Test
    void aPeriodThatEndsBeforeItStartsIsToldNotComputed() {
        ReportsViewModel model = model();
        model.fromProperty().set(DAY);
        model.toProperty().set(DAY.minusDays(1));

        model.refresh();

        assertThat(executor.pending()).isZero();
        assertThat(model.problemProperty().get()).startsWith("Кезеңнің бірінші және соңғы күнін таңдаңыз");
        model.toProperty().set(null);
        model.refresh();
        assertThat(executor.pending()).isZero();
    }

    @Test
    void aLongPeriodIsChartedByMonth() {
        ReportsViewModel model = model();
        model.fromProperty().set(LocalDate.of(2025, 6, 1));
        model.refresh();
        executor.runAll();

        assertThat(model.byDayProperty().get()).extracting(ReportsViewModel.Bar::label)
                .containsExactly("02.2026", "03.2026");
        assertThat(model.byDayProperty().get()).extracting(ReportsViewModel.Bar::accepted).containsExactly(1, 3);
    }

    @Test
    void theReportFollowsTheLanguage() {
        ReportsViewModel model = model();
        model.refresh();
        executor.runAll();

        i18n.languageProperty().set(Language.RU);

        assertThat(model.documentProperty().get().title()).isEqualTo("Отчёт отделения, 01.03.2026 – 10.03.2026");
    }
}
