package kz.qabyldau.forms.verdict;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Fresh cases of the kinds issue #17 names, each worked out from the rules (RULES.md, seeds 001 and 003,
 * REFERENCE-DATA.md's 2026 calendar) before running it: the expected verdict is written as a reader of the rules
 * would state it, with the reasoning beside it.
 */
class FreshCasesTest {

    @Test
    void p14_p17_certificateDatedDuringTheNauryzHolidaysAfterAnAfterHoursFiling() {
        // Filed Friday 20 March 2026 at 18:30: from 18:30 on is after hours (App. 2 row 7), so it counts on the
        // next working day (p.14). 21–23 March are Nauryz, 24–25 the carried-over days off: Thursday 26 March.
        // The 028/E bears 21 March, a day after the applicant stood at the desk: it cannot be true.
        Verdict v = Judge.at(LocalDateTime.of(2026, 3, 20, 18, 30), TestApplications.permitIssue()
                .document("medical-028e", LocalDate.of(2026, 3, 21), null, null, null));

        assertThat(v.registrationDay()).isEqualTo(LocalDate.of(2026, 3, 26));
        assertThat(v.outcome()).isEqualTo(Outcome.CORRECT_FIELDS);
        assertThat(v.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("documents.medical-028e.issuedOn",
                        "AFTER_FILING"));
        // p.7: two working days after registration, not counting it: Friday 27, Monday 30 March.
        assertThat(v.date("decisionDue")).contains(LocalDate.of(2026, 3, 30));
    }

    @Test
    void app2_insuranceConcludedTheDayAfterFiling() {
        // App. 2 item 5: the insurance contract is a document the applicant brings; concluded 3 March for a
        // filing on 2 March, it did not exist yet.
        Verdict v = Judge.monday(TestApplications.permitIssue().document("medical-insurance",
                LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 3), LocalDate.of(2027, 3, 2), null));

        assertThat(v.outcome()).isEqualTo(Outcome.CORRECT_FIELDS);
        assertThat(v.fieldErrors()).extracting(FieldError::field)
                .containsExactly("documents.medical-insurance.issuedOn");
    }

    @Test
    void app2ground1_dayAndMonthSwappedAgainstTheIin() {
        // 900101400013: born 1 January 1990, a woman. The clerk typed 1 October 1990 (day and month swapped):
        // the data contradict each other, which the provider refuses as unreliable (ground 1). A warning: the
        // IIN is optional for the immigrant, so the form does not make it the authority.
        Verdict ok = Judge.monday(TestApplications.permitIssue().field("applicant.iin", "900101400013"));
        Verdict swapped = Judge.monday(TestApplications.permitIssue().field("applicant.iin", "900101400013")
                .field("applicant.birthDate", "1990-10-01"));

        assertThat(ok.warnings()).isEmpty();
        assertThat(swapped.outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(swapped.warnings()).extracting(Warning::code, Warning::ground)
                .containsExactly(tuple("IIN_BIRTH_DATE_MISMATCH", "1"));
        assertThat(swapped.readyToSend()).isFalse();
    }

    @Test
    void app2ground1_employerBornInThe2000sByTheIinButTypedAsTheCenturyBefore() {
        // 050301500018: century digit 5 = the 2000s, so born 2005; the employer's birth year typed 1905.
        Verdict v = Judge.monday(TestApplications.permitIssue().field("employer.iin", "050301500018")
                .field("employer.birthYear", 1905));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("IIN_BIRTH_DATE_MISMATCH");
    }

    @Test
    void p23_certificateEndingOnAFridayFiledAfterHoursThatFriday() {
        // Certificate valid to Friday 6 March 2026; filed that day at 18:30 → registered Tuesday 10 March
        // (9 March is the carried-over day off for 8 March). On the day documents are taken it has ended (p.23),
        // an expired document: the Corporation's employee refuses intake (App. 2 ground 3). No new period.
        Verdict v = Judge.at(LocalDateTime.of(2026, 3, 6, 18, 30), TestApplications.qualificationExtend()
                .field("certificate.validTo", "2026-03-06"));

        assertThat(v.registrationDay()).isEqualTo(LocalDate.of(2026, 3, 10));
        assertThat(v.outcome()).isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(v.receipt()).extracting(ReceiptLine::document).containsExactly("previous-certificate");
        assertThat(v.date("certificateValidFrom")).isEmpty();
    }

    @Test
    void p16_certificateEndingOnTheFilingDayIsExtendedToTheContractsEnd() {
        // Still valid on the day (ends 2 March, filed 2 March 10:15): extended from 3 March to the contract's end,
        // 31 December 2027 — within 3 years (p.16).
        Verdict v = Judge.monday(TestApplications.qualificationExtend().field("certificate.validTo", "2026-03-02"));

        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(v.date("certificateValidFrom")).contains(LocalDate.of(2026, 3, 3));
        assertThat(v.date("certificateValidTo")).contains(LocalDate.of(2027, 12, 31));
    }

    @Test
    void p25_permitEndingOnASaturdayAndTheHolderComesAfterTheHoliday() {
        // Permit to Saturday 7 March 2026. Friday 6 March: still valid, but past the last day of the window
        // (7 − 5 = 2 March): late (p.25). Monday 9 March is a day off, so a filing then counts on Tuesday 10
        // March: the permit has ended — nothing to extend, and no period starting before the filing day.
        Verdict friday = Judge.at(LocalDateTime.of(2026, 3, 6, 10, 0), TestApplications.permitExtend()
                .field("permit.validTo", "2026-03-07"));
        Verdict afterHoliday = Judge.at(LocalDateTime.of(2026, 3, 9, 10, 0), TestApplications.permitExtend()
                .field("permit.validTo", "2026-03-07"));

        assertThat(friday.warnings()).extracting(Warning::code).containsExactly("EXTENSION_TOO_LATE");
        assertThat(friday.date("permitFrom")).contains(LocalDate.of(2026, 3, 8));
        assertThat(afterHoliday.warnings()).extracting(Warning::code).containsExactly("PERMIT_EXPIRED");
        assertThat(afterHoliday.date("permitFrom")).isEmpty();
        assertThat(afterHoliday.date("permitTo")).isEmpty();
    }

    @Test
    void p19_fiveMonthsByTheDatesPlusSevenIsExactlyTwelve() {
        // Permit 15 November 2025 – 14 April 2026: five months. Filed 16 March 2026 (window 15 March – 9 April).
        // 5 + 7 = 12: allowed (p.19 "never exceeds 12"); 5 + 8 = 13 is not.
        TestApplications.Builder base = TestApplications.permitExtend().field("permit.validFrom", "2025-11-15")
                .field("permit.validTo", "2026-04-14").field("permit.monthsSoFar", 5);
        Verdict seven = Judge.at(LocalDateTime.of(2026, 3, 16, 10, 0), base.field("request.months", 7)
                .field("prepayment.amount", 7 * 17300));
        Verdict eight = Judge.at(LocalDateTime.of(2026, 3, 16, 10, 0), base.field("request.months", 8)
                .field("prepayment.amount", 8 * 17300));

        assertThat(seven.warnings()).isEmpty();
        assertThat(seven.figures().get("monthsTotal")).isEqualByComparingTo(BigDecimal.valueOf(12));
        assertThat(eight.warnings()).extracting(Warning::code).containsExactly("TOTAL_OVER_12_MONTHS");
    }

    @Test
    void p19_aYearAlreadyGrantedButSixTyped() {
        // Permit 1 April 2025 – 31 March 2026 is twelve months, whatever was typed (6). Six more makes 18 > 12.
        Verdict v = Judge.monday(TestApplications.permitExtend().field("permit.validFrom", "2025-04-01")
                .field("permit.monthsSoFar", 6));

        assertThat(v.warnings()).extracting(Warning::code)
                .containsExactly("MONTHS_SO_FAR_MISMATCH", "TOTAL_OVER_12_MONTHS");
        assertThat(v.figures().get("monthsTotal")).isEqualByComparingTo(BigDecimal.valueOf(18));
    }
}
