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
}
