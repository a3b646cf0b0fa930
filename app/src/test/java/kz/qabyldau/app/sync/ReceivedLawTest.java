package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.central.CentralTestSupport;
import kz.qabyldau.app.central.ReferenceBundle;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.ui.intake.finish.IntakeForms;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.print.FormRenderer;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.ReceiptLine;

/**
 * Issue #6: service definitions and form texts received by sync count from their own effective date; a broken
 * one is refused at receipt with the whole bundle. Against the real simulator.
 */
class ReceivedLawTest {

    private static final LocalDateTime TODAY = LocalDateTime.of(2026, 3, 2, 10, 15);
    private static final LocalDateTime TOMORROW = TODAY.plusDays(1);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String DEFINITION = "/qabyldau/services/permit.issue-2025-10-11.json";

    @TempDir
    Path dir;
    private CentralService central;
    private Desk desk;

    @BeforeEach
    void start() {
        central = CentralService.start(CentralConfig.defaults(dir.resolve("central"), 0)
                .withLimits(CentralTestSupport.exampleDates())
                .withDecisionDelay(Duration.ofHours(1)).withRates(0, 0));
        desk = new Desk(dir.resolve("desk"), central.baseUri(), "AST-03", Duration.ofSeconds(5), 1 << 20)
                .trusting(central);
    }

    @AfterEach
    void stop() {
        desk.close();
        central.stop();
    }

    @Test
    void app2_medicalCertificateValidityOfAReceivedDefinitionAppliesFromItsEffectiveDate() throws Exception {
        LawInForce law = LawInForce.received(ServiceCatalog.loadBundled(), desk.syncStore);
        Application app = withMedicalCertificateIssued(TODAY.toLocalDate().minusMonths(8));
        assertThat(law.evaluate(app, TOMORROW).outcome()).as("bundled law: 12 months").isEqualTo(Outcome.ACCEPT);

        assertThat(receive("medical-6-months", TOMORROW.toLocalDate(),
                "services/permit.issue-2026-03-03.json", medicalSixMonthsFrom(TOMORROW.toLocalDate())))
                .isEqualTo(1);

        assertThat(law.evaluate(app, TODAY).outcome()).as("before its date the bundled 12 months")
                .isEqualTo(Outcome.ACCEPT);
        assertThat(law.evaluate(app, TOMORROW).outcome()).as("from its date the received 6 months")
                .isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(law.evaluate(app, TOMORROW).receipt()).extracting(ReceiptLine::document)
                .containsExactly("medical-028e");
    }

    @Test
    void aServiceReceivedBySyncIsOfferedFromItsEffectiveDate() throws Exception {
        LawInForce law = LawInForce.received(ServiceCatalog.loadBundled(), desk.syncStore);
        ObjectNode definition = (ObjectNode) JSON.readTree(text("/qabyldau/services/permit.duplicate-2025-10-11.json"));
        definition.put("service", "permit.newservice").put("version", TOMORROW.toLocalDate().toString())
                .put("effectiveFrom", TOMORROW.toLocalDate().toString());

        assertThat(receive("new-service", TOMORROW.toLocalDate(), "services/permit.newservice-2026-03-03.json",
                JSON.writerWithDefaultPrettyPrinter().writeValueAsString(definition))).isEqualTo(1);

        assertThat(law.catalogOn(TODAY.toLocalDate()).services()).doesNotContain("permit.newservice");
        assertThat(law.catalogOn(TOMORROW.toLocalDate()).services()).contains("permit.newservice");
        assertThat(law.catalogOn(TOMORROW.toLocalDate()).inForce("permit.newservice", TOMORROW.toLocalDate()))
                .isPresent();
    }

    @Test
    void app2_anAcceptedApplicationKeepsItsVerdictWhenADefinitionIsReceived() throws Exception {
        UUID accepted = desk.acceptOne(0, 0);
        String frozen = desk.store.drafts().find(accepted).orElseThrow().verdictJson().orElseThrow();

        assertThat(receive("medical-6-months", LocalDate.of(2026, 1, 1), "services/permit.issue-2026-01-01.json",
                medicalSixMonthsFrom(LocalDate.of(2026, 1, 1)))).isEqualTo(1);

        assertThat(desk.store.drafts().find(accepted).orElseThrow().verdictJson()).contains(frozen);
    }

    @Test
    void app2_anInvalidReceivedDefinitionIsRefusedWithItsWholeBundle() throws Exception {
        LawInForce law = LawInForce.received(ServiceCatalog.loadBundled(), desk.syncStore);
        Application app = withMedicalCertificateIssued(TODAY.toLocalDate().minusMonths(8));
        String broken = medicalSixMonthsFrom(TOMORROW.toLocalDate()).replace("\"rule\": \"issuedWithin\"",
                "\"rule\": \"issuedWithinSomeTime\"");
        assertThat(broken).contains("issuedWithinSomeTime");
        String rates = text("/qabyldau/reference/rates.json").replace("\"tenge\": 4325", "\"tenge\": 4500");

        central.publishReferenceData(new ReferenceBundle("broken", TOMORROW.toLocalDate(), "a broken definition",
                List.of(ReferenceBundle.File.of("reference/rates.json", rates),
                        ReferenceBundle.File.of("services/permit.issue-2026-03-03.json", broken))));

        assertThat(desk.worker.syncOnce().bundles()).isZero();
        assertThat(desk.syncStore.filesInForce(LocalDate.MAX)).as("not even the good rates file").isEmpty();
        assertThat(law.evaluate(app, TOMORROW).outcome()).isEqualTo(Outcome.ACCEPT);
    }

    @Test
    void app4_aReceivedReceiptWordingIsPrintedFromItsEffectiveDate() throws Exception {
        String wording = "Құжаттарды қабылдаудан бас тарту туралы қолхат";
        String amended = "Құжаттарды қабылдаудан бас тарту туралы жаңа қолхат";
        String text = text("/qabyldau/forms/permit-app4.kk.json").replace(wording, amended)
                .replace("\"effectiveFrom\": \"2025-01-01\"", "\"effectiveFrom\": \"" + TOMORROW.toLocalDate() + "\"");
        assertThat(text).contains(amended).contains(TOMORROW.toLocalDate().toString());
        assertThat(receive("app4-wording", TOMORROW.toLocalDate(), "forms/permit-app4.kk.json", text)).isEqualTo(1);
        IntakeForms forms = new IntakeForms(new FormRenderer(),
                LawInForce.received(ServiceCatalog.loadBundled(), desk.syncStore).formTexts());
        Application app = withMedicalCertificateIssued(TODAY.toLocalDate().minusMonths(14));

        assertThat(printedReceipt(forms, app, TODAY.toLocalDate())).contains(wording).doesNotContain(amended);
        assertThat(printedReceipt(forms, app, TOMORROW.toLocalDate())).contains(amended);
    }

    @Test
    void app4_aReceivedFormTextThatBreaksTheFormatIsRefusedWithItsWholeBundle() throws Exception {
        central.publishReferenceData(new ReferenceBundle("broken-app4", TOMORROW.toLocalDate(), "no blocks",
                List.of(ReferenceBundle.File.of("forms/permit-app4.kk.json",
                        "{\"form\": \"permit-app4\", \"language\": \"kk\", \"effectiveFrom\": \"2026-03-03\", "
                                + "\"blocks\": []}"))));

        assertThat(desk.worker.syncOnce().bundles()).isZero();
        assertThat(desk.syncStore.filesInForce(LocalDate.MAX)).isEmpty();
    }

    /**
     * A new bundle is checked against every file received before it, whatever its date ({@code filesInForce} on the
     * latest day): the received files must be there, or a bundle would be judged against the built-in law alone.
     */
    @Test
    void everyReceivedFileIsInForceOnTheLatestDay() throws Exception {
        assertThat(receive("medical-6-months", TOMORROW.toLocalDate(),
                "services/permit.issue-2026-03-03.json", medicalSixMonthsFrom(TOMORROW.toLocalDate()))).isEqualTo(1);

        assertThat(desk.syncStore.filesInForce(LocalDate.MAX).keySet())
                .anyMatch(path -> path.endsWith("permit.issue-2026-03-03.json"));
    }

    /** Publishes a one-file bundle and syncs it in; the number of bundles the desk stored. */
    private int receive(String bundle, LocalDate from, String path, String text) throws IOException {
        central.publishReferenceData(new ReferenceBundle(bundle, from, bundle, List.of(ReferenceBundle.File.of(path,
                text))));
        return desk.worker.syncOnce().bundles();
    }

    /** The bundled permit definition as a new version from {@code from} where App. 2's 028/E is valid 6 months. */
    private static String medicalSixMonthsFrom(LocalDate from) throws IOException {
        String bundled = text(DEFINITION);
        int medical = bundled.indexOf("\"type\": \"medical-028e\"");
        int months = bundled.indexOf("\"months\": 12", medical);
        assertThat(medical).isPositive();
        assertThat(months).isGreaterThan(medical);
        String changed = bundled.substring(0, months) + "\"months\": 6"
                + bundled.substring(months + "\"months\": 12".length());
        return changed.replace("\"effectiveFrom\": \"2025-10-11\"", "\"effectiveFrom\": \"" + from + "\"");
    }

    private static Application withMedicalCertificateIssued(LocalDate issuedOn) throws Exception {
        ObjectNode node = (ObjectNode) JSON.readTree(
                ApplicationJson.write(Desk.example("permit-issue-accepted", UUID.randomUUID(), List.of())));
        int found = 0;
        for (JsonNode document : node.path("documents")) {
            if (document.path("type").asText().equals("medical-028e")) {
                ((ObjectNode) document).put("issuedOn", issuedOn.toString());
                found++;
            }
        }
        assertThat(found).isEqualTo(1);
        return ApplicationJson.read(node.toString());
    }

    private static String printedReceipt(IntakeForms forms, Application app, LocalDate day) throws IOException {
        OfficeSettings office = new OfficeSettings("ХҚКО №2 Астана", "710000000",
                "Астана қаласы Алматы ауданының әкімдігі", "Айгүл Сейітова", "ru", "https://central.example.kz");
        byte[] pdf = forms.render("permit-app4", "kk", app, List.of("028/Е"), office, false, day);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static String text(String resource) throws IOException {
        try (InputStream in = ReceivedLawTest.class.getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
