package kz.qabyldau.forms.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** Certificate of qualification compliance (seed 003): terms, validity, p.16, p.22, p.22-1, App. 2. */
class QualificationTest {

    @Test
    void app2row3_issueServiceTermIsFiveWorkingDaysFromRegistration() {
        // 3, 4, 5, 6 March, then 9 March is off (8 March on a Sunday): the fifth working day is 10 March.
        Verdict v = Judge.monday(TestApplications.qualificationIssue());

        assertThat(v.date("serviceTermDue")).contains(LocalDate.of(2026, 3, 10));
    }

    @Test
    void app2row3_issuedCertificateIsValidUpToThreeMonths() {
        Verdict v = Judge.monday(TestApplications.qualificationIssue());

        assertThat(v.date("certificateValidFrom")).contains(LocalDate.of(2026, 3, 10));
        assertThat(v.date("certificateValidTo")).contains(LocalDate.of(2026, 6, 9));
    }

    @Test
    void app2_issueWithoutTranslatedEducationDocumentsRefusesIntake() {
        Verdict v = Judge.monday(TestApplications.qualificationIssue().withoutDocument("education-translation"));

        assertThat(v.outcome()).isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(v.receipt()).extracting(ReceiptLine::document).containsExactly("education-translation");
    }

    @Test
    void p16_extensionServiceTermIsThreeWorkingDays() {
        assertThat(Judge.monday(TestApplications.qualificationExtend()).date("serviceTermDue"))
                .contains(LocalDate.of(2026, 3, 5));
    }

    @Test
    void p16_extensionRunsToTheEndOfTheLabourContract() {
        Verdict v = Judge.monday(TestApplications.qualificationExtend());

        assertThat(v.date("certificateValidFrom")).contains(LocalDate.of(2026, 3, 21));
        assertThat(v.date("certificateValidTo")).contains(LocalDate.of(2027, 12, 31));
    }

    @Test
    void p16_extensionIsAtMostThreeYears() {
        Verdict v = Judge.monday(TestApplications.qualificationExtend().field("contract.validTo", "2030-12-31"));

        assertThat(v.date("certificateValidTo")).contains(LocalDate.of(2029, 3, 20));
    }

    @Test
    void p16_extensionNeedsTheEmployerBinOrIin() {
        Verdict v = Judge.monday(TestApplications.qualificationExtend().without("employer.bin"));

        assertThat(v.fieldErrors()).extracting(FieldError::field).containsExactly("employer.bin");
    }

    @ParameterizedTest(name = "changed {0}: due {1}, late = {2}")
    @CsvSource({
            "2026-02-24, 2026-03-03, false",
            "2026-02-23, 2026-03-02, false",
            "2026-02-20, 2026-02-27, true"})
    void p22_reissueIsAskedForWithinFiveWorkingDaysOfTheChange(LocalDate changed, LocalDate due, boolean late) {
        Verdict v = Judge.monday(TestApplications.qualificationReissue()
                .field("request.eventDate", changed.toString()));

        assertThat(v.date("applyBy")).contains(due);
        assertThat(v.warning("REISSUE_LATE").isPresent()).isEqualTo(late);
    }

    @Test
    void p22_reissueForANewEmployerNeedsTheNewContractNotAChangedIdDocument() {
        Verdict v = Judge.monday(TestApplications.qualificationReissue()
                .field("request.reason", "employer-changed")
                .withoutDocument("changed-id-document-copy"));

        assertThat(v.receipt()).extracting(ReceiptLine::document).containsExactly("labour-contract-copy");
    }

    @Test
    void p22_reissueServiceTermIsThreeWorkingDays() {
        assertThat(Judge.monday(TestApplications.qualificationReissue()).date("serviceTermDue"))
                .contains(LocalDate.of(2026, 3, 5));
    }

    @ParameterizedTest(name = "lost {0}: late = {1}")
    @CsvSource({"2026-02-23, false", "2026-02-20, true"})
    void p22_1_duplicateIsAskedForWithinFiveWorkingDaysOfTheLoss(LocalDate lost, boolean late) {
        Verdict v = Judge.monday(TestApplications.qualificationDuplicate()
                .field("request.eventDate", lost.toString()));

        assertThat(v.warning("DUPLICATE_LATE").isPresent()).isEqualTo(late);
    }
}
