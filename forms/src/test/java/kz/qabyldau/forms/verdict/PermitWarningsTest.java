package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.application.WarningOverride;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

/** Provider grounds the front office can foresee (App. 2 grounds 2, 4, 7, 9; p.19, p.26) for permits. */
class PermitWarningsTest {

    @Test
    void ground4_eaeuCitizenNeedsNoPermit() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("applicant.citizenship", "RUS"));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("CITIZENSHIP_EAEU");
        assertThat(v.warnings().get(0).ground()).isEqualTo("4");
        assertThat(v.warnings().get(0).message().ru()).startsWith("Россия");
        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
    }

    @Test
    void ground4_citizenOfAStateWithoutVisaFreeStayIsNotEligible() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("applicant.citizenship", "CHN"));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("CITIZENSHIP_NOT_ELIGIBLE");
    }

    @Test
    void unknownCountryCodeIsAFieldError() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("applicant.citizenship", "XXX"));

        assertThat(v.outcome()).isEqualTo(Outcome.CORRECT_FIELDS);
        assertThat(v.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("applicant.citizenship", "UNKNOWN_COUNTRY"));
    }

    @ParameterizedTest(name = "{0} months: warns = {1}")
    @CsvSource({"1, false", "12, false", "13, true"})
    void p19_termOutside1To12MonthsWarns(int months, boolean warns) {
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .field("request.months", months)
                .field("prepayment.amount", months * 17300)
                .document("medical-insurance", LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 1),
                        LocalDate.of(2027, 12, 31), null));

        assertThat(v.warning("TERM_OUT_OF_RANGE").isPresent()).isEqualTo(warns);
        assertThat(v.warnings()).hasSize(warns ? 1 : 0);
    }

    @Test
    void p19_aTermOfZeroMonthsIsAFieldError() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("request.months", 0));

        assertThat(v.fieldErrors()).extracting(FieldError::code).containsExactly("TOO_SMALL");
    }

    @Test
    void ground7_prepaymentNotMatchingMonthsTimesRateTimesMciWarns() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("prepayment.amount", 100000));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("PREPAYMENT_AMOUNT");
        assertThat(v.figures()).containsEntry("prepaymentExpected", BigDecimal.valueOf(103800));
        assertThat(v.warnings().get(0).message().en())
                .isEqualTo("Prepayment 100,000\u00a0₸ does not match 6 months × 4 MCI × 4,325\u00a0₸ = 103,800\u00a0₸ "
                        + "(ground 7)");
        assertThat(v.warnings().get(0).message().ru()).startsWith("Предоплата 100\u00a0000\u00a0₸ не равна")
                .endsWith("= 103\u00a0800\u00a0₸ (основание 7)");
    }

    @Test
    void ground7_theExpectedPrepaymentIsAFigureBeforeTheAmountIsTyped() {
        // The desk offers it in the amount field (issue #13); nothing is paid yet, so nothing is warned.
        Verdict v = Judge.monday(TestApplications.permitIssue().without("prepayment.amount")
                .without("prepayment.paidOn"));

        assertThat(v.figures()).containsEntry("prepaymentExpected", BigDecimal.valueOf(103800));
        assertThat(v.warnings()).extracting(Warning::code).doesNotContain("PREPAYMENT_AMOUNT",
                "PREPAYMENT_RATE_UNKNOWN");
    }

    @Test
    void ground7_prepaymentPaidIn2025IsCheckedAgainstThe2025RateAndMci() {
        // 6 months × 2 MCI × 3 932 ₸
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .field("prepayment.paidOn", "2025-12-30")
                .field("prepayment.amount", 47184));

        assertThat(v.warnings()).isEmpty();
        assertThat(v.figures()).containsEntry("prepaymentExpected", BigDecimal.valueOf(47184));
    }

    @Test
    void ground9_noConsentToPersonalDataWarns() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("consent.personalData", false));

        assertThat(v.warnings()).extracting(Warning::code, Warning::ground)
                .containsExactly(tuple("NO_CONSENT", "9"));
    }

    @Test
    void ground9_anUnansweredConsentIsAFieldToFillIn() {
        Verdict v = Judge.monday(TestApplications.permitIssue().without("consent.personalData"));

        assertThat(v.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("consent.personalData", "REQUIRED"));
    }

    @ParameterizedTest(name = "current permit ends {0}: warns = {1}")
    @CsvSource({
            "2026-03-02, false",
            "2026-03-06, false",
            "2026-03-07, true",
            "2026-03-01, true"})
    void p26_after12MonthsTheNewPermitIsAskedForWithin4DaysBeforeExpiry(LocalDate expiry, boolean warns) {
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .field("permit.monthsSoFar", 12)
                .field("permit.validTo", expiry.toString()));

        assertThat(v.warning("NEW_PERMIT_WINDOW").isPresent()).isEqualTo(warns);
        assertThat(v.date("newPermitWindowFrom")).contains(expiry.minusDays(4));
    }

    @Test
    void p26_doesNotApplyBefore12Months() {
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .field("permit.monthsSoFar", 6)
                .field("permit.validTo", "2026-05-01"));

        assertThat(v.warnings()).isEmpty();
        assertThat(v.date("newPermitWindowFrom")).isEmpty();
    }

    @Test
    void aWarningOverriddenWithAReasonIsRecordedAndLetsTheApplicationGo() {
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .field("prepayment.amount", 100000)
                .override("PREPAYMENT_AMOUNT", "second receipt of 3 800 ₸ presented"));

        Warning w = v.warning("PREPAYMENT_AMOUNT").orElseThrow();
        assertThat(w.overridden()).isTrue();
        assertThat(w.override().orElseThrow().reason()).isEqualTo("second receipt of 3 800 ₸ presented");
        assertThat(v.readyToSend()).isTrue();
    }

    @Test
    void aWarningNotOverriddenKeepsTheApplicationFromBeingReadyToSend() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("prepayment.amount", 100000));

        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(v.readyToSend()).isFalse();
        assertThat(v.override(new WarningOverride("PREPAYMENT_AMOUNT", "checked", "clerk-07")).readyToSend())
                .isTrue();
    }

    @Test
    void anOverrideNeedsAReason() {
        assertThatThrownBy(() -> new WarningOverride("PREPAYMENT_AMOUNT", " ", "clerk-07"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("needs a reason");
    }
}
