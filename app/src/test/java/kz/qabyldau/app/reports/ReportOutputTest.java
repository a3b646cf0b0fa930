package kz.qabyldau.app.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;

/** A report out of the workstation: CSV a spreadsheet reads, written privately and audited; a PDF with real text. */
class ReportOutputTest {

    static final ReportDocument DOCUMENT = new ReportDocument("Бөлімнің есебі, 01.03.2026 – 10.03.2026",
            List.of("Қабылданды: 3, қабылдаудан бас тартылды: 1"),
            List.of(new ReportTable("Қызметтер бойынша өтініштер", List.of("Қызмет", "Қабылданды", "Барлығы"),
                            List.of(List.of("Жұмысқа рұқсат беру, \"бірінші\" рет", "3", "4"))),
                    new ReportTable("Операторлар", List.of("Оператор", "Өтініштер"),
                            List.of(List.of("=HYPERLINK(\"x\")", "1"), List.of("Әсем Ғалымқызы", "2"))),
                    new ReportTable("Бос кесте", List.of("Күн", "Саны"), List.of())), "kk");

    @TempDir
    Path folder;

    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(DataFolder.at(folder, false));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void csvKeepsKazakhLettersQuotesAndCommasAndDefusesFormulas() {
        List<List<String>> rows = Csv.parse(ReportCsv.bytes(DOCUMENT));

        assertThat(rows.get(0)).containsExactly(DOCUMENT.title());
        assertThat(Csv.table(rows, "Қызметтер бойынша өтініштер"))
                .containsExactly(List.of("Жұмысқа рұқсат беру, \"бірінші\" рет", "3", "4"));
        assertThat(Csv.table(rows, "Операторлар")).containsExactly(List.of("'=HYPERLINK(\"x\")", "1"),
                List.of("Әсем Ғалымқызы", "2"));
        assertThat(Csv.table(rows, "Бос кесте")).isEmpty();
    }

    @Test
    void anExportIsPrivateAndInTheAuditTrail() throws IOException {
        AuditLog audit = new AuditLog(db, Clock.systemUTC());
        ReportExport export = new ReportExport(folder.resolve("exports"), audit);

        Path file = export.csv(DOCUMENT, "report-2026-03-01-2026-03-10", "Дана");

        assertThat(file.getFileName().toString()).isEqualTo("report-2026-03-01-2026-03-10.csv");
        assertThat(Csv.parse(Files.readAllBytes(file)).get(0)).containsExactly(DOCUMENT.title());
        if (Files.getFileStore(file).supportsFileAttributeView("posix")) {
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file.getParent())))
                    .isEqualTo("rwx------");
        }
        AuditLog.Entry entry = audit.latest(1).get(0);
        assertThat(entry.action()).isEqualTo(AuditActions.EXPORTED);
        assertThat(entry.clerk()).isEqualTo("Дана");
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anExportNameCannotLeaveTheExportsFolder() {
        ReportExport export = new ReportExport(folder.resolve("exports"), new AuditLog(db, Clock.systemUTC()));

        for (String name : List.of("../report", "..", ".hidden", "a/b", "a\\b", "")) {
            assertThatThrownBy(() -> export.csv(DOCUMENT, name, "Дана")).as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThat(folder.resolve("report.csv")).doesNotExist();
    }

    @Test
    void thePdfHasTheTablesAsRealTextInTheFormsFonts() throws IOException {
        byte[] pdf = new ReportPdf().render(DOCUMENT, false);

        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Бөлімнің есебі", "Қызметтер бойынша өтініштер", "Әсем Ғалымқызы", "Бос кесте");
            assertThat(doc.getPage(0).getResources().getFontNames()).isNotEmpty();
            assertThat(doc.getPage(0).getResources().getFont(doc.getPage(0).getResources().getFontNames()
                    .iterator().next()).getName()).contains("LiberationSerif");
            // A look at it: target/report-page-1.png (not a check, a picture for whoever changes the layout).
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 80);
            ImageIO.write(page, "png", Path.of("target", "report-page-1.png").toFile());
            assertThat(page.getWidth()).isGreaterThan(500);
        }
    }

    /** Grey of the first series' bars (0.35) and of the second's (0.8), as PDFBox renders them. */
    private static int pixels(BufferedImage page, int grey) {
        int n = 0;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                int rgb = page.getRGB(x, y);
                int r = (rgb >> 16) & 0xff;
                int g = (rgb >> 8) & 0xff;
                int b = rgb & 0xff;
                if (Math.abs(r - grey) <= 3 && Math.abs(g - grey) <= 3 && Math.abs(b - grey) <= 3) {
                    n++;
                }
            }
        }
        return n;
    }

    static ReportDocument charted(String language, String title, String accepted, String refused, String service,
                                  int acceptedCount, int refusedCount) {
        return new ReportDocument(title, List.of(), List.of(new ReportChart(title, List.of(accepted, refused),
                List.of(new ReportChart.Bar("01.03", List.of(acceptedCount, refusedCount)),
                        new ReportChart.Bar(service, List.of(acceptedCount * 2, 0))))), List.of(), language);
    }

    @ParameterizedTest
    @CsvSource({
        "kk, Күндер бойынша өтініштер, Қабылданды, Қабылдаудан бас тартылды, "
                + "Еңбекші көшіп келушіге рұқсатты ұзарту (жұмыс беруші ауысқанда)",
        "ru, Заявления по дням, Принято, Отказано в приёме, "
                + "Продление разрешения трудящемуся иммигранту (при смене работодателя)"})
    void thePaperDrawsTheChartsAsBarsWithTheirLabelsAsText(String language, String title, String accepted,
                                                           String refused, String service) throws IOException {
        byte[] pdf = new ReportPdf().render(charted(language, title, accepted, refused, service, 7, 3), false);
        byte[] empty = new ReportPdf().render(charted(language, title, accepted, refused, service, 0, 0), false);

        try (PDDocument doc = Loader.loadPDF(pdf); PDDocument none = Loader.loadPDF(empty)) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(text).contains(title, accepted, refused, "01.03", service.substring(0, 20), " 10 ", " 14 ");
            BufferedImage page = new PDFRenderer(doc).renderImageWithDPI(0, 100);
            ImageIO.write(page, "png", Path.of("target", "report-chart-" + language + ".png").toFile());
            int dark = pixels(page, 89);
            int light = pixels(page, 204);
            assertThat(dark).as("accepted: dark grey bars").isGreaterThan(2_000);
            assertThat(light).as("refused: light grey bar").isGreaterThan(300);
            assertThat(dark).as("7 + 14 accepted against 3 refused").isGreaterThan(light * 4);
            BufferedImage blank = new PDFRenderer(none).renderImageWithDPI(0, 100);
            assertThat(pixels(blank, 89)).as("no bar for zero, only the legend's key").isLessThan(dark / 10);
        }
    }
}
