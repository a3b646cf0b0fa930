package kz.qabyldau.app.ui.intake.documents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.app.ui.intake.IntakeSession;
import kz.qabyldau.app.ui.intake.finish.DeskFixture;
import kz.qabyldau.forms.service.DocumentRequirement;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Base64;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;

/** The documents checklist: which documents and dates, presented or not, scans, and the law core's word on each. */
class DocumentsViewModelTest {

    /** The smallest PNG: 1×1 pixel. */
    private static final byte[] PNG = Base64.getDecoder().decode(
            "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==");

    @TempDir
    Path folder;

    private DeskFixture desk;

    @BeforeEach
    void open() {
        desk = new DeskFixture(folder.resolve("data"));
    }

    @AfterEach
    void close() {
        desk.close();
    }

    private DocumentsViewModel documents(IntakeSession session) {
        return new DocumentsViewModel(session, desk.store.scans(), TaskExecutor.callingThread(), desk.i18n);
    }

    @Test
    void app2_theChecklistIsTheServicesDocumentsWithoutTheFormTheDeskPrints() {
        DocumentsViewModel model = documents(desk.start("permit.issue"));

        assertThat(model.checklist()).extracting(DocumentRequirement::type).containsExactly("prepayment-receipt",
                "passport", "medical-028e", "medical-insurance", "intent-agreement-app3");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "passport, VALID_UNTIL BORDER_CROSSING_ON",
            "medical-028e, ISSUED_ON",
            "medical-insurance, VALID_FROM VALID_UNTIL",
            "intent-agreement-app3, ''"})
    void eachDocumentAsksForTheDatesItsValidityRulesNeed(String type, String dates) {
        DocumentRequirement requirement = desk.start("permit.issue").serviceDefinition().get().document(type)
                .orElseThrow();

        assertThat(DocumentDate.neededBy(requirement)).containsExactlyElementsOf(
                dates.isBlank() ? Set.of() : List.of(dates.split(" ")).stream().map(DocumentDate::valueOf).toList());
    }

    @Test
    void p23_theEarlierCertificateAsksForNoDateItsRuleReadsFromTheForm() {
        DocumentRequirement requirement = desk.start("qualification.extend").serviceDefinition().get()
                .document("previous-certificate").orElseThrow();

        assertThat(DocumentDate.neededBy(requirement)).isEmpty();
    }

    @Test
    void app2_medicalCertificateOlderThan12MonthsIsShownAsRefusingIntake() {
        IntakeSession session = desk.start("permit.issue");
        DocumentsViewModel model = documents(session);

        model.setDate("medical-028e", DocumentDate.ISSUED_ON, LocalDate.of(2025, 2, 20));

        assertThat(model.presented("medical-028e")).isTrue();
        assertThat(model.refuses("medical-028e")).isTrue();
        assertThat(model.problems("medical-028e")).singleElement().asString().contains("20.02.2025");
        model.setDate("medical-028e", DocumentDate.ISSUED_ON, LocalDate.of(2026, 2, 20));
        assertThat(model.problems("medical-028e")).isEmpty();
        assertThat(model.refuses("medical-028e")).isFalse();
    }

    @Test
    void app2_medicalCertificateDatedAfterFilingIsADateToCorrect() {
        DocumentsViewModel model = documents(desk.start("permit.issue"));

        model.setDate("medical-028e", DocumentDate.ISSUED_ON, LocalDate.of(2026, 3, 9));

        assertThat(model.refuses("medical-028e")).isFalse();
        assertThat(model.problems("medical-028e")).singleElement().asString().contains("09.03.2026")
                .contains("028/У");
    }

    @Test
    void app2_aDocumentDateInTheYear3000IsADateToCorrectNotACrash() {
        DocumentsViewModel model = documents(desk.start("permit.issue"));

        model.setDate("passport", DocumentDate.VALID_UNTIL, LocalDate.of(3000, 1, 9));

        assertThat(model.problems("passport")).anySatisfy(p -> assertThat(p.toString()).contains("3000"));
    }

    @Test
    void aPresentedDocumentWithoutTheDateItsRuleNeedsSaysWhichDate() {
        DocumentsViewModel model = documents(desk.start("permit.issue"));

        model.setPresented("passport", true);

        assertThat(model.refuses("passport")).isFalse();
        assertThat(model.problems("passport")).hasSize(2);
    }

    @Test
    void aDocumentNotTickedIsMissingOnTheReceipt() {
        DocumentsViewModel model = documents(desk.start("permit.issue"));

        model.setPresented("prepayment-receipt", true);
        model.setPresented("prepayment-receipt", false);

        assertThat(model.presented("prepayment-receipt")).isFalse();
        assertThat(model.refuses("prepayment-receipt")).isTrue();
    }

    @Test
    void aScanIsStoredAttachedAndSavedWithTheDraft() throws IOException {
        IntakeSession session = desk.start("permit.issue");
        DocumentsViewModel model = documents(session);
        Path file = Files.write(folder.resolve("passport.png"), PNG);
        List<String> stored = new ArrayList<>();

        model.addScan("passport", file.toFile(), stored::add);

        assertThat(stored).hasSize(1);
        assertThat(model.entry("passport").orElseThrow().scans()).containsExactly(stored.get(0));
        assertThat(desk.store.drafts().find(session.draftId().get()).orElseThrow().application()
                .document("passport").orElseThrow().scans()).containsExactly(stored.get(0));
        List<Optional<byte[]>> thumbnails = new ArrayList<>();
        model.thumbnail(stored.get(0), thumbnails::add);
        assertThat(thumbnails).singleElement().satisfies(png -> assertThat(png).isPresent());
        model.removeScan("passport", stored.get(0));
        assertThat(model.entry("passport").orElseThrow().scans()).isEmpty();
    }

    @Test
    void aFileThatIsNoScanIsRefusedWithTheStoresMessageInTheClerksLanguage() throws IOException {
        DocumentsViewModel model = documents(desk.start("permit.issue"));
        Path file = Files.writeString(folder.resolve("setup.exe"), "MZ this is a program");

        model.addScan("passport", file.toFile(), ref -> { });

        assertThat(model.scanProblemProperty().get()).isEqualTo(
                "Файл setup.exe не является PDF, JPEG или PNG. Принимаются только сканы в этих форматах.");
        assertThat(model.entry("passport")).isEmpty();
    }

    @Test
    void aPdfScanGetsAThumbnailOfItsFirstPage() throws IOException {
        byte[] pdf;
        try (var doc = new PDDocument()) {
            doc.addPage(new PDPage());
            var out = new ByteArrayOutputStream();
            doc.save(out);
            pdf = out.toByteArray();
        }

        byte[] png = Thumbnails.png(pdf).orElseThrow();
        var image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(Math.max(image.getWidth(), image.getHeight())).isLessThanOrEqualTo(Thumbnails.SIZE);
    }
}
