package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.application.WarningOverride;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** App. 2 document list and p.17 (refusal to accept an incomplete or expired set). */
class PermitDocumentsTest {

    @Test
    void app2_medicalCertificateOlderThan12MonthsRefusesIntake() {
        Verdict v = Judge.at(LocalDateTime.of(2026, 3, 16, 10, 0), TestApplications.permitIssue()
                .document("medical-028e", LocalDate.of(2025, 3, 14), null, null, null));

        assertThat(v.outcome()).isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(v.receipt()).singleElement().satisfies(line -> {
            assertThat(line.document()).isEqualTo("medical-028e");
            assertThat(line.reason()).isEqualTo("ISSUED_TOO_LONG_AGO");
            assertThat(line.message().en())
                    .isEqualTo("Medical certificate 028/E issued 14.03.2025 — older than 12 months");
            assertThat(line.message().ru())
                    .isEqualTo("Медицинская справка формы 028/У: дата выдачи 14.03.2025 — более 12 месяцев назад");
            assertThat(line.message().kk())
                    .isEqualTo("028/Е нысанындағы медициналық анықтама 14.03.2025 берілген — 12 айдан асқан");
        });
    }

    @Test
    void app2_medicalCertificateIssuedExactly12MonthsAgoIsStillValid() {
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .document("medical-028e", LocalDate.of(2025, 3, 2), null, null, null));

        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
    }

    @Test
    void app2_medicalCertificateIsJudgedOnTheRegistrationDay() {
        // Filed on Sunday 1 March, registered on Monday 2 March: a certificate of 1 March 2025 is then too old.
        Verdict v = Judge.at(LocalDateTime.of(2026, 3, 1, 12, 0), TestApplications.permitIssue()
                .field("prepayment.paidOn", "2026-02-27")
                .document("medical-028e", LocalDate.of(2025, 3, 1), null, null, null));

        assertThat(v.receipt()).extracting(ReceiptLine::reason).containsExactly("ISSUED_TOO_LONG_AGO");
    }

    @Test
    void app2_passportWithoutABorderCrossingInTheLast12MonthsRefusesIntake() {
        Verdict v = Judge.monday(TestApplications.permitIssue().document("passport", LocalDate.of(2022, 1, 10),
                null, LocalDate.of(2032, 1, 9), LocalDate.of(2025, 3, 1)));

        assertThat(v.receipt()).extracting(ReceiptLine::reason).containsExactly("BORDER_CROSSING_TOO_OLD");
        assertThat(v.receipt().get(0).message().en()).contains("01.03.2025").contains("12 months");
    }

    @Test
    void app2_expiredPassportRefusesIntake() {
        Verdict v = Judge.monday(TestApplications.permitIssue().document("passport", LocalDate.of(2016, 1, 10),
                null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 1, 15)));

        assertThat(v.receipt()).extracting(ReceiptLine::reason).containsExactly("EXPIRED");
        assertThat(v.receipt().get(0).message().en()).isEqualTo(
                "Passport with a border-crossing mark valid until 01.03.2026 — expired");
    }

    @Test
    void p17_eachMissingDocumentIsALineOfTheReceipt() {
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .withoutDocument("medical-028e")
                .withoutDocument("intent-agreement-app3"));

        assertThat(v.outcome()).isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(v.receipt()).extracting(ReceiptLine::document, ReceiptLine::reason).containsExactly(
                tuple("medical-028e", "MISSING"),
                tuple("intent-agreement-app3", "MISSING"));
        assertThat(v.receipt().get(1).message().kk())
                .isEqualTo("Еңбек шартын жасасу ниеті туралы келісім (3-қосымша) — ұсынылмаған");
    }

    @Test
    void p17_aDocumentRecordedAsNotPresentedIsMissing() {
        TestApplications.Builder app = TestApplications.permitIssue();
        Verdict v = Judge.evaluate(withNotPresentedMedical(app), TestApplications.MONDAY_2_MARCH_2026);

        assertThat(v.receipt()).extracting(ReceiptLine::reason).containsExactly("MISSING");
    }

    private static Application withNotPresentedMedical(TestApplications.Builder b) {
        var a = b.withoutDocument("medical-028e").build();
        List<PresentedDocument> docs = new ArrayList<>(a.documents());
        docs.add(new PresentedDocument("medical-028e", false, null, null, null, null, List.of()));
        return new Application(a.format(), a.id(), a.service(), a.filedAt(),
                a.language(), a.fields(), docs, a.overrides());
    }

    @Test
    void app2_insuranceThatDoesNotCoverTheRequestedPeriodWarns() {
        // The permit would run 4 March – 3 September 2026; the insurance ends on 31 August.
        Verdict v = Judge.monday(TestApplications.permitIssue().document("medical-insurance",
                LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 8, 31), null));

        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(v.warnings()).extracting(Warning::code).containsExactly("INSURANCE_NOT_COVERING");
    }

    @Test
    void app2_expiredInsuranceRefusesIntake() {
        Verdict v = Judge.monday(TestApplications.permitIssue().document("medical-insurance",
                LocalDate.of(2025, 2, 27), LocalDate.of(2025, 3, 1), LocalDate.of(2026, 2, 28), null));

        assertThat(v.outcome()).isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(v.receipt()).extracting(ReceiptLine::document).containsExactly("medical-insurance");
    }

    @Test
    void app2_aDocumentWithoutTheDateItsRuleNeedsIsAFieldToCorrect() {
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .document("medical-028e", null, null, null, null));

        assertThat(v.outcome()).isEqualTo(Outcome.CORRECT_FIELDS);
        assertThat(v.fieldErrors()).extracting(FieldError::field).containsExactly("documents.medical-028e.issuedOn");
    }

    @Test
    void p17_aRefusalOfIntakeCannotBeOverridden() {
        Verdict v = Judge.monday(TestApplications.permitIssue().withoutDocument("medical-028e"));

        assertThatThrownBy(() -> v.override(new WarningOverride("MISSING", "applicant insists", "clerk-07")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("cannot be overridden");
    }

    @Test
    void p17_anOverrideRecordedInTheApplicationDoesNotTurnARefusalIntoAnAcceptance() {
        Verdict v = Judge.monday(TestApplications.permitIssue().withoutDocument("medical-028e")
                .override("medical-028e", "applicant insists"));

        assertThat(v.outcome()).isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(v.readyToSend()).isFalse();
    }

    @Test
    void app2_aDocumentTheServiceDoesNotKnowIsAFieldToCorrect() {
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .document("fingerprint-certificate", LocalDate.of(2026, 2, 1), null, null, null));

        assertThat(v.fieldErrors()).extracting(FieldError::code).containsExactly("UNKNOWN_DOCUMENT");
    }
}
