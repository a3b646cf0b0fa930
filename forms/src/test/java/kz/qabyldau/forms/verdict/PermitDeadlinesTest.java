package kz.qabyldau.forms.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** p.7 (decision within 2 working days, not counting the filing day) and p.14 (after hours → next working day). */
class PermitDeadlinesTest {

    @Test
    void p7_decisionDueTwoWorkingDaysNotCountingTheFilingDay() {
        Verdict v = Judge.monday(TestApplications.permitIssue());

        assertThat(v.registrationDay()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(v.date("decisionDue")).contains(LocalDate.of(2026, 3, 4));
    }

    @ParameterizedTest(name = "filed {0} → registered {1}, decision due {2}")
    @CsvSource({
            "2026-03-02T18:29, 2026-03-02, 2026-03-04",
            "2026-03-02T18:30, 2026-03-03, 2026-03-05",
            "2026-03-02T18:31, 2026-03-03, 2026-03-05",
            "2026-03-02T08:59, 2026-03-02, 2026-03-04"})
    void p14_filingAfter1830CountsFromTheNextWorkingDay(LocalDateTime filed, LocalDate registered, LocalDate due) {
        Verdict v = Judge.at(filed, TestApplications.permitIssue());

        assertThat(v.registrationDay()).isEqualTo(registered);
        assertThat(v.date("decisionDue")).contains(due);
    }

    @Test
    void p7_holidayOnAWeekendMovesTheDayOffToMonday() {
        // 8 March 2026 is a Sunday: Monday 9 March is off, so Friday's term runs to Wednesday.
        Verdict v = Judge.at(LocalDateTime.of(2026, 3, 6, 10, 0), TestApplications.permitIssue());

        assertThat(v.date("decisionDue")).contains(LocalDate.of(2026, 3, 11));
    }

    @Test
    void p14_filingOnASaturdayIsRegisteredOnMonday() {
        Verdict v = Judge.at(LocalDateTime.of(2026, 2, 28, 11, 0), TestApplications.permitIssue());

        assertThat(v.registrationDay()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(v.date("decisionDue")).contains(LocalDate.of(2026, 3, 4));
    }

    @Test
    void p7_filedOn31DecemberTheTermSkipsTheNewYearHolidays() {
        // 1–2 January are holidays, 3–4 January a weekend: the two working days are 5 and 6 January.
        Verdict v = Judge.at(LocalDateTime.of(2025, 12, 31, 10, 0), TestApplications.permitExtend()
                .field("permit.validTo", "2026-01-20")
                .field("prepayment.paidOn", "2025-12-30")
                .field("prepayment.amount", 47184));

        assertThat(v.registrationDay()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(v.date("decisionDue")).contains(LocalDate.of(2026, 1, 6));
    }

    @Test
    void p14_filedOn31DecemberAfterHoursIsRegisteredAfterTheNewYearHolidays() {
        // Registered Monday 5 January; 7 January (Orthodox Christmas) is off: due Thursday 8 January.
        Verdict v = Judge.at(LocalDateTime.of(2025, 12, 31, 18, 31), TestApplications.permitExtend()
                .field("permit.validTo", "2026-01-20")
                .field("prepayment.paidOn", "2025-12-30")
                .field("prepayment.amount", 47184));

        assertThat(v.registrationDay()).isEqualTo(LocalDate.of(2026, 1, 5));
        assertThat(v.date("decisionDue")).contains(LocalDate.of(2026, 1, 8));
    }

    @Test
    void p19_issuedPermitRunsTheRequestedMonthsFromTheRequestedStart() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("request.startDate", "2026-03-10"));

        assertThat(v.date("permitFrom")).contains(LocalDate.of(2026, 3, 10));
        assertThat(v.date("permitTo")).contains(LocalDate.of(2026, 9, 9));
    }

    @Test
    void p19_withoutARequestedStartThePermitRunsFromTheDecisionDay() {
        Verdict v = Judge.monday(TestApplications.permitIssue());

        assertThat(v.date("permitFrom")).contains(LocalDate.of(2026, 3, 4));
        assertThat(v.date("permitTo")).contains(LocalDate.of(2026, 9, 3));
    }

    @Test
    void p27_duplicateIsIssuedOnTheDayOfApplication() {
        Verdict v = Judge.monday(TestApplications.permitDuplicate());

        assertThat(v.date("decisionDue")).contains(LocalDate.of(2026, 3, 2));
    }

    @Test
    void p27_duplicateAskedAfterHoursIsIssuedOnTheNextWorkingDay() {
        Verdict v = Judge.at(LocalDateTime.of(2026, 3, 6, 18, 45), TestApplications.permitDuplicate());

        assertThat(v.date("decisionDue")).contains(LocalDate.of(2026, 3, 10));
    }
}
