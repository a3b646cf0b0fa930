package kz.qabyldau.forms.verdict;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** p.28: the employer notifies the end of the labour contract within 2 working days. */
class PermitTerminationTest {

    @ParameterizedTest(name = "ended {0}, filed {1}: due {2}, late = {3}")
    @CsvSource({
            // Thursday 26 Feb: Friday 27 Feb and Monday 2 Mar are the two working days.
            "2026-02-26, 2026-03-02T10:00, 2026-03-02, false",
            "2026-02-26, 2026-03-02T18:31, 2026-03-02, true",
            "2026-02-26, 2026-03-03T10:00, 2026-03-02, true",
            // Friday 6 Mar: Monday 9 Mar is off (8 March on a Sunday), so Tuesday and Wednesday count.
            "2026-03-06, 2026-03-11T18:29, 2026-03-11, false",
            "2026-03-06, 2026-03-12T09:00, 2026-03-11, true"})
    void p28_terminationNoticeWithinTwoWorkingDays(LocalDate ended, LocalDateTime filed, LocalDate due,
                                                   boolean late) {
        Verdict v = Judge.at(filed, TestApplications.permitTermination().field("termination.date", ended.toString()));

        assertThat(v.date("terminationNoticeDue")).contains(due);
        assertThat(v.warning("TERMINATION_NOTICE_LATE").isPresent()).isEqualTo(late);
        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
    }
}
