package kz.qabyldau.app.ui.reports;

import static kz.qabyldau.app.ui.reports.TodayViewModelTest.CATALOG;
import static kz.qabyldau.app.ui.reports.TodayViewModelTest.accepted;
import static kz.qabyldau.app.ui.reports.TodayViewModelTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Labeled;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.reports.CentralReports;
import kz.qabyldau.app.reports.ReportAccess;
import kz.qabyldau.app.reports.ReportExport;
import kz.qabyldau.app.reports.ReportPdf;
import kz.qabyldau.app.reports.ReportService;
import kz.qabyldau.app.reports.SyntheticOffice;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.common.Theme;
import javafx.scene.text.Text;

/**
 * A look at Today and Reports on screen in Kazakh and Russian at 1366×768 and 1600×1000: the figures are there, in
 * the page's language, with no code, key or English word; a picture of each (and of the page scrolled to its
 * middle and end) is left in {@code target/report-pages/} for a human eye.
 */
class ReportPagesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 10);
    /** What a clerk must never read: a key, an id, a camelCase code, an English word of the engine. */
    private static final Pattern NOT_FOR_THE_CLERK = Pattern.compile(
            "\\b[a-z]+[A-Z][A-Za-z]*\\b|\\b[a-z]+[.-][a-z0-9]+[A-Za-z.]*\\b"
                    + "|\\b(?:MISSING|EXPIRED|No content|table)\\b");

    @TempDir
    Path folder;

    private final FxRobot robot = new FxRobot();
    private Database db;

    @BeforeEach
    void open() throws TimeoutException {
        db = Database.open(DataFolder.at(folder, false));
        SyntheticOffice.insert(db, List.of(
                accepted("a1", "permit.issue", DAY.minusDays(2), "Дана", "ws-1", 12),
                accepted("a2", "permit.extend", DAY, "Ерлан", "ws-2", 25),
                accepted("a3", "permit.issue", DAY, "Дана", "ws-1", 9),
                accepted("a4", "qualification.issue", DAY, "Дана", "ws-1", 31),
                refused("r1", DAY, "Дана", "medical-028e", "passport")));
        FxToolkit.registerPrimaryStage();
    }

    @AfterEach
    void close() throws TimeoutException {
        FxToolkit.cleanupStages();
        db.close();
    }

    @ParameterizedTest
    @CsvSource({"KK, 1366, 768", "RU, 1366, 768", "KK, 1600, 1000", "RU, 1600, 1000"})
    void todayAndReportsSpeakTheClerksLanguage(Language language, int width, int height) throws Exception {
        I18n i18n = new I18n(language);
        ReportTexts texts = new ReportTexts(i18n, CATALOG, ZoneOffset.UTC);
        ReportService service = new ReportService(db, ReportAccess.wholeOffice(), ZoneOffset.UTC);
        Clock clock = Clock.fixed(DAY.atTime(17, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        TaskExecutor executor = TaskExecutor.callingThread();

        ReportsViewModel.Output output = new ReportsViewModel.Output(new ReportExport(folder.resolve("exports"),
                new AuditLog(db, clock)), new ReportPdf(), (pdf, form) -> PaperDelivery.Delivery.printedOn("P"),
                false, () -> "Дана");
        Parent today = show(() -> new TodayView(new TodayViewModel(service, executor, texts, () -> "Дана", "ws-1",
                output, clock), i18n).root(), "today-" + language.code() + "-" + width, width, height);
        String todayText = String.join("\n", texts(today));
        assertThat(todayText).contains(i18n.get("nav.today"), "Дана", "31:00", i18n.get("reports.yes"),
                i18n.get("reports.reason.missing"), i18n.get("reports.table.served"));
        assertThat(robot.from(today).lookup("#today-tables-0").queryAs(TableView.class).getItems()).hasSize(2);
        assertThat(offending(todayText)).isEmpty();

        Parent reports = show(() -> new ReportsView(new ReportsViewModel(service,
                CentralReports.from(ReportAccess.wholeOffice(), CentralAnswer.forAst03(new AtomicInteger())), executor,
                texts, output, clock),
                i18n).root(), "reports-" + language.code() + "-" + width, width, height);
        String reportsText = String.join("\n", texts(reports));
        assertThat(reportsText).contains(i18n.get("nav.reports"), i18n.get("reports.chart.perDay"),
                i18n.get("reports.table.providerGrounds"), "Ерлан", "01.03.2026 – 10.03.2026",
                i18n.get("reports.central.table.perService"), i18n.get("reports.column.central"), "AST-03");
        XYChart<?, ?> perDay = robot.from(reports).lookup("#reports-chart-day").queryAs(XYChart.class);
        assertThat(perDay.getData()).hasSize(2);
        assertThat(perDay.getData().get(0).getData()).hasSize(10);
        assertThat(perDay.getData().get(0).getName()).isEqualTo(i18n.get("reports.column.accepted"));
        XYChart<?, ?> perService = robot.from(reports).lookup("#reports-chart-service").queryAs(XYChart.class);
        assertThat(perService.getData().get(0).getData()).hasSize(3);
        // Issue #15: a service's name on the chart is whole (wrapped, never cut to "…"), and the axis shows every one.
        CategoryAxis services = (CategoryAxis) perService.getYAxis();
        Set<String> names = CATALOG.services().stream().map(texts::service).collect(Collectors.toSet());
        assertThat(services.getCategories()).hasSize(3)
                .allSatisfy(c -> assertThat(c.replace('\n', ' ')).isIn(names))
                .anyMatch(c -> c.contains("\n"));
        List<String> shown = WaitForAsyncUtils.asyncFx(() -> services.getChildrenUnmodifiable().stream()
                .filter(n -> n instanceof Text && n.isVisible()).map(n -> ((Text) n).getText()).toList()).get();
        assertThat(shown).containsAll(services.getCategories());
        assertThat(offending(reportsText)).isEmpty();
    }

    private Parent show(Supplier<Parent> page, String picture, int width, int height) throws Exception {
        Parent[] root = new Parent[1];
        FxToolkit.setupStage(stage -> {
            root[0] = page.get();
            Scene scene = new Scene(root[0], width, height);
            scene.getStylesheets().addAll(Theme.stylesheets());
            stage.setScene(scene);
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        picture(root[0], picture);
        // The rest of the page, scrolled: a look at the tables below the charts.
        for (ScrollPane scroll : robot.from(root[0]).lookup(".scroll-pane").queryAllAs(ScrollPane.class)) {
            if (scroll.getContent() != null && scroll.getContent().getBoundsInLocal().getHeight() > height) {
                WaitForAsyncUtils.asyncFx(() -> scroll.setVvalue(0.5)).get();
                WaitForAsyncUtils.waitForFxEvents();
                picture(root[0], picture + "-middle");
                WaitForAsyncUtils.asyncFx(() -> scroll.setVvalue(1.0)).get();
                WaitForAsyncUtils.waitForFxEvents();
                picture(root[0], picture + "-end");
                WaitForAsyncUtils.asyncFx(() -> scroll.setVvalue(0)).get();
                WaitForAsyncUtils.waitForFxEvents();
                break;
            }
        }
        return root[0];
    }

    private static void picture(Parent root, String name) throws Exception {
        Path shots = Path.of("target", "report-pages");
        Files.createDirectories(shots);
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> root.getScene().snapshot(null)).get();
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", shots.resolve(name + ".png").toFile());
    }

    private List<String> texts(Parent root) throws Exception {
        return WaitForAsyncUtils.asyncFx(() -> {
            List<String> texts = new ArrayList<>();
            collect(root, texts);
            return texts;
        }).get();
    }

    private static void collect(Node node, List<String> texts) {
        if (node instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            texts.add(l.getText());
        }
        if (node instanceof Text t && t.getText() != null && !t.getText().isBlank()) {
            texts.add(t.getText());
        }
        if (node instanceof TableView<?> table) {
            table.getColumns().forEach(c -> texts.add(c.getText()));
            for (Object row : table.getItems()) {
                if (row instanceof List<?> cells) {
                    cells.forEach(c -> texts.add(String.valueOf(c)));
                }
            }
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, texts));
        }
    }

    private static TreeSet<String> offending(String text) {
        TreeSet<String> bad = new TreeSet<>();
        var m = NOT_FOR_THE_CLERK.matcher(text);
        while (m.find()) {
            bad.add(m.group());
        }
        return bad;
    }
}
