package kz.qabyldau.forms.verdict;

import org.junit.jupiter.api.Test;

import java.time.LocalDateTime;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** p.19: an extension continues the period and months of the permit found in the office's records. */
class EarlierPermitTest {

    @Test
    void p19_anIssuedPermitGivesItsPeriodAndMonths() {
        // Issued on 2 March 2026 for 6 months: decision due 4 March, permit 04.03–03.09.2026.
        Verdict issued = Judge.monday(TestApplications.permitIssue());

        Map<String, Object> fields = EarlierPermit.continuation(TestApplications.permitIssue().build(),
                VerdictJson.write(issued));

        assertThat(fields).containsEntry("permit.validFrom", "2026-03-04").containsEntry("permit.validTo", "2026-09-03")
                .containsEntry("permit.monthsSoFar", 6);
    }

    @Test
    void p19_anExtendedPermitAddsItsMonthsToTheChainAndKeepsItsFirstDay() {
        TestApplications.Builder extension = TestApplications.permitExtend().field("permit.validFrom", "2025-10-01")
                .field("request.months", 3);
        Verdict extended = Judge.monday(extension);

        Map<String, Object> fields = EarlierPermit.continuation(extension.build(), VerdictJson.write(extended));

        assertThat(fields).containsEntry("permit.validFrom", "2025-10-01").containsEntry("permit.validTo", "2026-06-30")
                .containsEntry("permit.monthsSoFar", 9);
    }

    @Test
    void p19_theDerivedFieldsAgreeWithTheRuleThatChecksThem() {
        // The next extension, filed 10 June 2026 with the fields from the records: no months-so-far warning.
        TestApplications.Builder extension = TestApplications.permitExtend().field("permit.validFrom", "2025-10-01")
                .field("request.months", 3);
        Map<String, Object> fields = EarlierPermit.continuation(extension.build(),
                VerdictJson.write(Judge.monday(extension)));
        // 3 months × 4 MCI × 4 325 ₸
        TestApplications.Builder next = TestApplications.permitExtend().field("request.months", 3)
                .field("prepayment.amount", 51900);
        fields.forEach(next::field);

        Verdict v = Judge.at(LocalDateTime.of(2026, 6, 10, 10, 0), next);

        assertThat(v.warnings()).isEmpty();
        assertThat(v.figures().get("monthsTotal")).isEqualByComparingTo("12");
        assertThat(v.figures().get("monthsFromDates")).isEqualByComparingTo("9");
    }

    @Test
    void otherServicesAndUnreadableVerdictsGiveNothing() {
        assertThat(EarlierPermit.continuation(TestApplications.qualificationIssue().build(), "{}")).isEmpty();
        assertThat(EarlierPermit.continuation(TestApplications.permitIssue().build(), "not json")).isEmpty();
    }
}
