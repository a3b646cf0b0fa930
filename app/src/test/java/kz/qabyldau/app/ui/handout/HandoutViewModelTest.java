package kz.qabyldau.app.ui.handout;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.AuditActions;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.Records;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.sync.Desk;
import kz.qabyldau.app.sync.DeskSync;
import kz.qabyldau.app.ui.TrainingSimulator;
import kz.qabyldau.app.ui.common.TaskExecutor;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;

/**
 * The handout desk on a training workstation (its in-process simulator, real HTTP): decisions arrive, are found
 * by the person's data, printed, handed out; a lost permit is reprinted as a duplicate (p.27); a revocation
 * gives an App. 8 notice.
 */
class HandoutViewModelTest {

    private static final OfficeSettings OFFICE = new OfficeSettings("Астана ХҚКО №3", "710000000",
            "Астана қаласы Алматы ауданының әкімдігі", "Сейтқали А.", "kk", "");

    /** Decisions only when the test asks for them; none refused or revoked by chance. */
    private static final TrainingSimulator.Tuning NEVER_REFUSES = new TrainingSimulator.Tuning(Duration.ofHours(1), 0,
            0);
    private static final TrainingSimulator.Tuning ALWAYS_REFUSES = new TrainingSimulator.Tuning(Duration.ofHours(1),
            1, 0);

    @TempDir
    Path dir;
    private Database database;
    private ApplicationStore store;
    private DeskSync sync;
    private HandoutViewModel model;
    private final List<byte[]> printed = new ArrayList<>();

    private PaperDelivery.Delivery printed(byte[] pdf, String form) {
        printed.add(pdf);
        return PaperDelivery.Delivery.printedOn("test");
    }

    @BeforeEach
    void open() {
        database = Database.open(DataFolder.at(dir, true));
        store = ApplicationStore.open(database, true);
        // The test drives the rounds and the decisions itself.
        sync = DeskSync.training(database, store, OFFICE, TrainingSimulator.starter(NEVER_REFUSES), dir, false);
        model = new HandoutViewModel(sync, TaskExecutor.callingThread(), () -> OFFICE,
                new I18n(Language.KK), this::printed, Clock.systemDefaultZone());
    }

    @AfterEach
    void close() {
        sync.close();
        database.close();
    }

    private UUID acceptedAndDecided() {
        UUID id = Desk.acceptInto(store, "B-042", 1, 400);
        sync.worker().orElseThrow().syncOnce();
        simulator(sync).decideNow();
        sync.worker().orElseThrow().syncOnce();
        return id;
    }

    @Test
    void aDecisionIsFoundByPassportNameOrTicket() {
        UUID id = acceptedAndDecided();

        for (String query : List.of("FA1234567", "каримов", "KARIMOV", "B-042", "")) {
            model.search(query, () -> { });
            assertThat(model.items()).as(query).extracting(i -> i.application().map(StoredApplication::id).orElse(null))
                    .containsExactly(id);
        }
        model.search("XX0000000", () -> { });
        assertThat(model.items()).isEmpty();
    }

    @Test
    void app5_thePermitIsPrintedKeptWithTheRecordAndHandedOutWithWhoAndWhen() throws Exception {
        UUID id = acceptedAndDecided();
        model.search("", () -> { });
        HandoutViewModel.Item item = model.items().get(0);
        String permit = item.application().orElseThrow().permitNumber().orElseThrow();

        model.printNow(item, false);
        List<String> refusals = new ArrayList<>();
        model.handOut(item, " ", "FA1234567", () -> { }, refusals::add);
        assertThat(refusals).as("no name, nothing marked").hasSize(1);
        assertThat(store.drafts().find(id).orElseThrow().status()).isEqualTo(ApplicationStatus.ISSUED);
        model.handOut(item, "Каримов Алишер", "FA1234567", () -> { }, refusals::add);
        assertThat(refusals).hasSize(1);

        String app5 = text(printed.get(0));
        assertThat(app5).contains(permit);
        // Issue #12: the region in the form's language on the region line, the provider on the authority line,
        // and the passport number without a blank for the series it does not have.
        String oneLine = app5.replaceAll("\\s+", " ");
        assertThat(oneLine).contains("Астана қаласы").contains("Астана қаласы Алматы ауданының әкімдігі")
                .contains("№: FA1234567").doesNotContain("______ FA1234567");
        assertThat(app5.lines().filter(l -> l.contains("әкімдігі")).count())
                .as("the provider is named once, on the authority line").isEqualTo(1);
        assertThat(store.printedForms().list(id)).extracting(f -> f.formId()).containsExactly("permit-app5");
        StoredApplication after = store.drafts().find(id).orElseThrow();
        assertThat(after.status()).isEqualTo(ApplicationStatus.HANDED_OUT);
        assertThat(new AuditLog(database, Clock.systemUTC()).latest(20))
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(Records.AUDIT_HANDED_OUT);
                    assertThat(e.clerk()).isEqualTo("Сейтқали А.");
                    assertThat(e.subject()).isEqualTo(id.toString());
                    assertThat(e.details()).contains("received by: Каримов Алишер; document: FA1234567");
                })
                .anySatisfy(e -> {
                    assertThat(e.action()).isEqualTo(AuditActions.PRINTED);
                    assertThat(e.subject()).isEqualTo(id.toString());
                    assertThat(e.details()).isEqualTo("permit-app5 kk");
                });
        model.search("", () -> { });
        assertThat(model.items()).as("nothing left to hand out").isEmpty();
    }

    @Test
    void p27_aLostPermitIsReprintedTheSameDayAsADuplicate() throws Exception {
        UUID id = acceptedAndDecided();
        model.search("", () -> { });
        model.printNow(model.items().get(0), false);
        model.handOut(model.items().get(0), "Каримов Алишер", "FA1234567", () -> { }, r -> { });

        model.search("FA1234567", () -> { });
        HandoutViewModel.Item handedOut = model.items().get(0);
        assertThat(handedOut.duplicatePossible()).isTrue();
        model.printNow(handedOut, true);

        assertThat(store.printedForms().list(id)).extracting(f -> f.formId())
                .containsExactly("permit-app5", "permit-app5.duplicate");
        String original = text(printed.get(0));
        String duplicate = text(printed.get(1));
        assertThat(duplicate).isNotEqualTo(original);
        assertThat(duplicate.toLowerCase()).containsAnyOf("телнұсқа", "дубликат");
    }

    @Test
    void p36_aRevocationGivesAnApp8NoticeToHandOut() throws Exception {
        UUID id = acceptedAndDecided();
        String permit = store.drafts().find(id).orElseThrow().permitNumber().orElseThrow();
        simulator(sync).revoke(permit).orElseThrow();
        sync.worker().orElseThrow().syncOnce();

        model.search(permit, () -> { });
        HandoutViewModel.Item notice = model.items().stream().filter(i -> i.revocation().isPresent()).findFirst()
                .orElseThrow();
        model.printNow(notice, false);
        model.handOut(notice, "Каримов Алишер", "FA1234567", () -> { }, r -> { });

        assertThat(store.printedForms().list(id)).extracting(f -> f.formId()).contains("permit-app8");
        String issuedOn = new ObjectMapper().readTree(sync.store().revocations().get(0)
                .revocationJson()).path("permitIssuedOn").asText();
        LocalDate day = LocalDate.parse(issuedOn);
        assertThat(text(printed.get(0))).contains("Каримов")
                .containsAnyOf(issuedOn,
                        String.format("%02d.%02d.%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear()),
                        String.format("%02d/%02d/%d", day.getDayOfMonth(), day.getMonthValue(), day.getYear()));
        assertThat(sync.store().revocations().get(0).handedOutBy()).contains("Сейтқали А.");
        assertThat(new AuditLog(database, Clock.systemUTC()).latest(20)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditActions.REVOCATION_HANDED_OUT);
            assertThat(e.details()).contains("Каримов Алишер").contains("FA1234567");
        }).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditActions.SEARCHED);
            assertThat(e.details()).isEqualTo("handout: " + permit);
        });
    }

    @Test
    void app7_aRefusalIsPrintedWithItsGround() throws Exception {
        try (Database other = Database.open(DataFolder.at(dir.resolve("refusing"), true))) {
            ApplicationStore refusingStore = ApplicationStore.open(other, true);
            DeskSync refusing = DeskSync.training(other, refusingStore, OFFICE,
                    TrainingSimulator.starter(ALWAYS_REFUSES), dir.resolve("refusing"), false);
            try {
                UUID id = Desk.acceptInto(refusingStore, "R-1", 1, 300);
                refusing.worker().orElseThrow().syncOnce();
                simulator(refusing).decideNow();
                refusing.worker().orElseThrow().syncOnce();
                HandoutViewModel desk = new HandoutViewModel(refusing, TaskExecutor.callingThread(), () -> OFFICE,
                        new I18n(Language.RU), this::printed, Clock.systemDefaultZone());

                desk.search("R-1", () -> { });
                assertThat(desk.items()).singleElement().satisfies(i -> assertThat(i.application().orElseThrow()
                        .status()).isEqualTo(ApplicationStatus.REFUSED));
                desk.printNow(desk.items().get(0), false);

                assertThat(refusingStore.printedForms().list(id)).extracting(f -> f.formId())
                        .containsExactly("permit-app7");
                String ground = new ObjectMapper().readTree(refusingStore.records()
                        .decisionJson(id).orElseThrow()).path("refusal").path("ground").path("id").asText();
                assertThat(ground).isNotBlank();
                assertThat(text(printed.get(0))).contains("KARIMOV ALISHER").contains("ОТКАЗ")
                        .contains("\n" + ground + "\n");
            } finally {
                refusing.close();
            }
        }
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static CentralService simulator(DeskSync sync) {
        return ((TrainingSimulator) sync.trainingCentral().orElseThrow()).service();
    }
}
