package kz.qabyldau.app.ui.flows;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeoutException;

import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.OutboxEntry;
import kz.qabyldau.app.store.applications.PrintedForm;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.ui.LoggingReset;
import kz.qabyldau.forms.service.ServiceDefinition;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import org.assertj.core.groups.Tuple;

/**
 * The intake desk's flows on the real workstation, headless, keyboard only: a permit issued (its keystrokes
 * counted), the same refused for an expired medical certificate, a late extension blocked with its explanation,
 * a qualification certificate. The store is checked afterwards, as the sync worker and a reprint would read it.
 */
class IntakeFlowsTest {

    private static final Logger LOG = LoggerFactory.getLogger(IntakeFlowsTest.class);

    @TempDir
    Path dataDir;

    private Desk desk;

    @AfterEach
    void stop() throws TimeoutException {
        if (desk != null) {
            desk.stop();
        }
        LoggingReset.restoreDefault();
    }

    private Desk open(Language language) throws TimeoutException {
        desk = new Desk(dataDir);
        desk.configureOffice(language.code());
        desk.start();
        return desk;
    }

    /** What the clerk types for a permit issue (the passport reader fills the rest), in the interface language. */
    private static Map<String, String> permitIssue(Language lang, LocalDate today) {
        Map<String, String> v = new HashMap<>();
        v.put("applicant.surname", "Каримов");
        v.put("applicant.givenNames", "Алишер");
        v.put("applicant.birthPlace", "Ташкент");
        v.put("employer.surname", "Ахметова");
        v.put("employer.givenNames", "Айгүл");
        v.put("employer.iin", "900101400013");
        v.put("employer.birthYear", "1990");
        v.put("employer.address", "Астана, Кенесары 40, 12");
        v.put("household.region", "Астана"); // completes to the one region named so, in any language
        v.put("household.locality", "Астана");
        v.put("household.street", "Кенесары");
        v.put("household.house", "40");
        v.put("household.flat", "12");
        v.put("request.months", "6");
        v.put("request.profession", "үй жұмыскері");
        v.put("applicant.abroad.country", Desk.country("UZB", lang).substring(0, 3));
        v.put("applicant.abroad.address", "Ташкент, Чиланзар 5");
        v.put("applicant.family.status", Desk.enumFirstLetter(lang, "applicant.family.status", "married"));
        v.put("applicant.kzAddress", "Астана, Кенесары 40, 12");
        v.put("consent.personalData", Desk.firstLetter(lang, "intake.yes"));
        v.put("consent.employerPersonalData", Desk.firstLetter(lang, "intake.yes"));
        v.put("prepayment.amount", Desk.expectedPrepayment(6, today.minusDays(2)));
        v.put("prepayment.paidOn", today.minusDays(2).format(Desk.TYPED));
        v.put("employer.document.number", "045678912");
        v.put("employer.document.issuedOn", "05052020");
        v.put("employer.document.issuedBy", "ҚР ІІМ");
        v.put("applicant.document.issuedOn", "10012022");
        v.put("applicant.document.issuedBy", "MIA of Uzbekistan");
        v.put("request.salary", "150000");
        return v;
    }

    private static Map<String, List<LocalDate>> permitDocuments(LocalDate today, LocalDate medicalIssued) {
        return Map.of(
                "passport", List.of(today.plusYears(5), today.minusMonths(1)),
                "medical-028e", List.of(medicalIssued),
                "medical-insurance", List.of(today, today.plusYears(2)));
    }

    /** Types a complete permit issue up to the finish step. */
    private ServiceDefinition typePermitIssue(Language lang, LocalDate medicalIssued) {
        return typePermitIssue("A-17", permitIssue(lang, LocalDate.now()), medicalIssued);
    }

    private ServiceDefinition typePermitIssue(String ticket, Map<String, String> typed, LocalDate medicalIssued) {
        LocalDate today = LocalDate.now();
        ServiceDefinition definition = Desk.CATALOG.inForce("permit.issue", today).orElseThrow();
        desk.startService(ticket, 0);
        desk.part("ticket and service");
        desk.fillSections(definition, typed);
        desk.fillDocuments(definition, permitDocuments(today, medicalIssued));
        desk.shot("documents-permit-issue-" + ticket);
        desk.alt(KeyCode.RIGHT);
        desk.part("documents (and Alt+→ to Finish)");
        return definition;
    }

    @Test
    void aCompletePermitIssueIsAcceptedQueuedAndItsApp1Stored() throws Exception {
        open(Language.RU);

        typePermitIssue(Language.RU, LocalDate.now().minusDays(10));
        desk.shot("ru-finish-permit-issue");
        assertThat(desk.focusedId()).isEqualTo("finish-accept");
        desk.key(KeyCode.ENTER);
        desk.waitFor("#finish-print-status", t -> t.startsWith("Не напечатано"));
        desk.shot("ru-accepted-permit-issue");
        assertThat(desk.text("#finish-result")).startsWith("Принято");
        desk.key(KeyCode.ENTER); // next applicant
        desk.part("finish: Accept, Next applicant");
        assertThat(desk.focusedId()).isEqualTo("intake-ticket-input");
        int clerk = desk.keystrokes;
        int reader = desk.readerKeystrokes;
        Map<String, Integer> newEmployerParts = new LinkedHashMap<>(desk.perPart);
        desk.perPart.clear();

        // The next applicant works for the same employer: typing her IIN offers what the office knows (issue #13).
        desk.passport = Desk.SECOND_PASSPORT;
        desk.expectReturningEmployer = true;
        Map<String, String> second = new HashMap<>(permitIssue(Language.RU, LocalDate.now()));
        second.put("applicant.surname", "Тошев");
        second.put("applicant.givenNames", "Бобур");
        second.put("applicant.birthPlace", "Самарканд");
        typePermitIssue("A-18", second, LocalDate.now().minusDays(10));
        desk.shot("ru-finish-permit-issue-returning-employer");
        assertThat(desk.focusedId()).isEqualTo("finish-accept");
        desk.key(KeyCode.ENTER);
        desk.waitFor("#finish-print-status", t -> t.startsWith("Не напечатано"));
        desk.key(KeyCode.ENTER);
        desk.part("finish: Accept, Next applicant");
        int returning = desk.keystrokes - clerk;
        LOG.info("Permit issue: {} keystrokes by the clerk for a new employer, {} for a returning one, {} by the "
                + "passport reader", clerk, returning, reader);
        Files.createDirectories(Path.of("target", "intake-shots"));
        Files.writeString(Path.of("target", "intake-shots", "keystrokes.txt"),
                "permit.issue new employer: clerk=" + clerk + " reader=" + reader + "\n" + newEmployerParts + "\n"
                + "permit.issue returning employer: clerk=" + returning + "\n" + desk.perPart + "\n");
        desk.stop();

        try (Stored stored = new Stored(dataDir)) {
            List<OutboxEntry> outbox = stored.store.outbox().pending(10);
            assertThat(outbox).hasSize(2);
            StoredApplication again = outbox.stream().map(e -> stored.store.drafts().find(e.applicationId())
                    .orElseThrow()).filter(a -> a.ticket().equals("A-18")).findFirst().orElseThrow();
            assertThat(again.application().fields()).containsEntry("applicant.surname", "Тошев")
                    .containsEntry("employer.surname", "Ахметова").containsEntry("employer.address",
                            "Астана, Кенесары 40, 12").containsEntry("household.region", "710000000")
                    .containsEntry("employer.document.number", "045678912")
                    .containsEntry("applicant.document.number", "FB7654321");
            UUID id = outbox.stream().filter(e -> !e.applicationId().equals(again.id())).findFirst().orElseThrow()
                    .applicationId();
            StoredApplication app = stored.store.drafts().find(id).orElseThrow();
            assertThat(app.status()).isEqualTo(ApplicationStatus.QUEUED);
            assertThat(app.ticket()).isEqualTo("A-17");
            assertThat(app.application().fields()).containsEntry("applicant.latinName", "KARIMOV ALISHER")
                    .containsEntry("household.region", "710000000").containsEntry("applicant.abroad.country", "UZB");
            List<PrintedForm> forms = stored.store.printedForms().list(id);
            assertThat(forms).extracting(PrintedForm::formId, PrintedForm::lang)
                    .containsExactly(Tuple.tuple("permit-app1", "ru"));
            byte[] app1 = stored.store.printedForms().content(forms.get(0).id());
            Files.write(Path.of("target", "intake-shots", "permit-app1-accepted.pdf"), app1);
            assertThat(text(app1)).contains("Каримов", "FA1234567", "Ахметова");
        }
        // The figures docs/intake.md reports; a change to the desk that costs the clerk keystrokes shows here.
        assertThat(clerk).as("new employer").isLessThanOrEqualTo(KEYSTROKES_NEW_EMPLOYER);
        assertThat(returning).as("returning employer").isLessThanOrEqualTo(KEYSTROKES_RETURNING_EMPLOYER);
    }

    /** The keystrokes of a complete permit issue reported in docs/intake.md (the clerk's, not the reader's). */
    static final int KEYSTROKES_NEW_EMPLOYER = 327;
    /** The same for an employer the office has accepted an application of before (docs/intake.md). */
    static final int KEYSTROKES_RETURNING_EMPLOYER = 227;

    @Test
    void p17_theSamePermitWithAnExpiredMedicalCertificateIsRefusedWithAReceiptInTwoCopies() throws Exception {
        open(Language.KK);
        LocalDate today = LocalDate.now();
        ServiceDefinition definition = Desk.CATALOG.inForce("permit.issue", today).orElseThrow();
        desk.startService("A-18", 0);
        // The same application, set without typing (the typing is counted in the test above).
        Map<String, Object> values = new HashMap<>(permitIssue(Language.KK, today));
        values.put("applicant.citizenship", Desk.country("UZB", Language.KK));
        values.put("applicant.latinName", "KARIMOV ALISHER");
        values.put("applicant.birthDate", "12.03.1990");
        values.put("applicant.document.number", "FA1234567");
        values.put("household.region", Desk.region("710000000", Language.KK));
        values.put("applicant.abroad.country", Desk.country("UZB", Language.KK));
        values.put("applicant.family.status", "married");
        values.put("consent.personalData", Boolean.TRUE);
        values.put("consent.employerPersonalData", Boolean.TRUE);
        desk.fillDirectly(definition, values);
        desk.openStep(desk.stepCount() - 1);
        desk.fillDocuments(definition, permitDocuments(today, today.minusMonths(13)));
        desk.shot("kk-documents-permit-issue");
        desk.alt(KeyCode.RIGHT);
        desk.shot("kk-finish-refuse");
        assertThat(desk.robot.lookup("#finish-accept").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(desk.text("#finish-outcome")).contains("17-тармақ").contains("028/Е");
        assertThat(desk.focusedId()).isEqualTo("finish-refuse");
        desk.key(KeyCode.ENTER);
        // Refusing asks first, with the receipt's reasons; Enter confirms (one key).
        desk.shot("kk-refuse-confirm");
        desk.key(KeyCode.ENTER);
        desk.waitFor("#finish-print-status", t -> t.startsWith("Басып шығарылмады"));
        desk.shot("kk-refused");
        desk.stop();

        try (Stored stored = new Stored(dataDir)) {
            assertThat(stored.store.outbox().pending(10)).isEmpty();
            StoredApplication app = stored.onlyApplication();
            assertThat(app.status()).isEqualTo(ApplicationStatus.INTAKE_REFUSED);
            List<PrintedForm> forms = stored.store.printedForms().list(app.id());
            assertThat(forms).extracting(PrintedForm::formId).containsExactly("permit-app4");
            byte[] pdf = stored.store.printedForms().content(forms.get(0).id());
            Files.createDirectories(Path.of("target", "intake-shots"));
            Files.write(Path.of("target", "intake-shots", "permit-app4-refused.pdf"), pdf);
            String text = text(pdf).replaceAll("\\s+", " ");
            assertThat(text).contains("028/Е").contains("Бірінші дана").contains("Екінші дана");
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                assertThat(doc.getNumberOfPages()).isEqualTo(2);
            }
        }
    }

    @Test
    void p25_anExtensionAfterTheWindowIsBlockedWithItsExplanation() throws Exception {
        open(Language.RU);
        LocalDate today = LocalDate.now();
        ServiceDefinition definition = Desk.CATALOG.inForce("permit.extend", today).orElseThrow();
        desk.startService("B-3", 1);
        Map<String, Object> v = new HashMap<>();
        v.put("applicant.citizenship", Desk.country("UZB", Language.RU));
        v.put("applicant.surname", "Каримов");
        v.put("applicant.givenNames", "Алишер");
        v.put("applicant.birthDate", "12.03.1990");
        v.put("applicant.birthPlace", "Ташкент");
        v.put("applicant.document.number", "FA1234567");
        v.put("employer.surname", "Ахметова");
        v.put("employer.givenNames", "Айгүл");
        v.put("employer.iin", "900101400013");
        v.put("employer.birthYear", "1990");
        v.put("employer.address", "Астана, Кенесары 40, 12");
        v.put("household.region", Desk.region("710000000", Language.RU));
        v.put("household.locality", "Астана");
        v.put("household.street", "Кенесары");
        v.put("household.house", "40");
        v.put("request.months", "6");
        v.put("request.profession", "үй жұмыскері");
        v.put("permit.number", "KZ-710000-2026-000123");
        // Late but not yet expired on the day it is registered (after 18:30 or on a Friday evening that is the next
        // working day, when a permit ending today + 2 may already have ended: PERMIT_EXPIRED, issue #17).
        LocalDate registered = Desk.REFERENCE.calendar().registrationDay(LocalDateTime.now());
        v.put("permit.validTo", registered.plusDays(2).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        v.put("permit.monthsSoFar", "6");
        v.put("applicant.abroad.country", Desk.country("UZB", Language.RU));
        v.put("applicant.abroad.address", "Ташкент, Чиланзар 5");
        v.put("applicant.family.status", "married");
        v.put("applicant.kzAddress", "Астана, Кенесары 40, 12");
        v.put("consent.personalData", Boolean.TRUE);
        v.put("consent.employerPersonalData", Boolean.TRUE);
        v.put("prepayment.amount", Desk.expectedPrepayment(6, today.minusDays(1)));
        v.put("prepayment.paidOn",
                today.minusDays(1).format(DateTimeFormatter.ofPattern("dd.MM.yyyy")));
        desk.fillDirectly(definition, v);
        int documents = desk.stepCount() - 1;
        desk.openStep(documents);
        desk.presentDirectly("prepayment-receipt", Map.of());
        desk.presentDirectly("passport", Map.of("validUntil", today.plusYears(5), "borderCrossingOn",
                today.minusMonths(2)));
        desk.presentDirectly("medical-insurance", Map.of("validFrom", today, "validUntil", today.plusYears(2)));
        desk.presentDirectly("labour-contract", Map.of("validUntil", today.plusYears(2)));
        desk.openStep(documents + 1);
        desk.shot("ru-extension-too-late");

        assertThat(desk.robot.lookup("#finish-accept").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(desk.text("#finish-outcome")).contains("предупреждений: 1");
        assertThat(desk.robot.lookup(".q-finish-warning").queryLabeled().getText())
                .contains("последний день для продления").contains("п. 25");
        // Enter does not accept a blocked application.
        desk.key(KeyCode.ENTER);
        assertThat(desk.text("#finish-result")).isEmpty();
    }

    @Test
    void aQualificationCertificateIssueIsAcceptedAndItsApp1Stored() throws Exception {
        open(Language.RU);
        LocalDate today = LocalDate.now();
        ServiceDefinition definition = Desk.CATALOG.inForce("qualification.issue", today).orElseThrow();
        desk.startService("C-9", 4);
        Map<String, Object> v = new HashMap<>();
        v.put("applicant.surname", "Smith");
        v.put("applicant.givenNames", "John");
        v.put("applicant.document.number", "533401271");
        v.put("applicant.document.issuedOn", "01.06.2021");
        v.put("applicant.document.issuedBy", "HM Passport Office");
        v.put("applicant.address", "Астана, Мәңгілік Ел 55, 7");
        v.put("applicant.phone", "+7 701 123 4567");
        v.put("applicant.abroad.address", "London, 10 Baker Street");
        v.put("request.profession", "инженер-программист");
        v.put("request.sector", "ақпарат және байланыс");
        v.put("consent.personalData", Boolean.TRUE);
        desk.fillDirectly(definition, v);
        int documents = desk.stepCount() - 1;
        desk.openStep(documents);
        desk.presentDirectly("id-document-copy", Map.of("validUntil", today.plusYears(5)));
        desk.presentDirectly("education-translation", Map.of());
        desk.presentDirectly("work-activity-copy", Map.of());
        desk.shot("ru-documents-qualification");
        desk.openStep(documents + 1);
        assertThat(desk.focusedId()).isEqualTo("finish-accept");
        desk.key(KeyCode.ENTER);
        desk.waitFor("#finish-print-status", t -> t.startsWith("Не напечатано"));
        desk.stop();

        try (Stored stored = new Stored(dataDir)) {
            StoredApplication app = stored.onlyApplication();
            assertThat(app.service()).isEqualTo("qualification.issue");
            assertThat(app.status()).isEqualTo(ApplicationStatus.QUEUED);
            assertThat(stored.store.outbox().pending(10)).extracting(OutboxEntry::applicationId)
                    .containsExactly(app.id());
            assertThat(stored.store.printedForms().list(app.id())).extracting(PrintedForm::formId)
                    .containsExactly("qualification-app1");
        }
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    /** The office's database opened after the workstation stopped, as the next start would. */
    static final class Stored implements AutoCloseable {
        final Database database;
        final ApplicationStore store;

        Stored(Path dataDir) {
            database = Database.open(DataFolder.at(dataDir, false));
            store = ApplicationStore.open(database, false);
        }

        StoredApplication onlyApplication() {
            List<String> ids = database.read(c -> {
                try (var st = c.prepareStatement("SELECT id FROM application");
                     var rs = st.executeQuery()) {
                    List<String> all = new ArrayList<>();
                    while (rs.next()) {
                        all.add(rs.getString(1));
                    }
                    return all;
                }
            });
            assertThat(ids).hasSize(1);
            return store.drafts().find(UUID.fromString(ids.get(0))).orElseThrow();
        }

        @Override
        public void close() {
            database.close();
        }
    }
}
