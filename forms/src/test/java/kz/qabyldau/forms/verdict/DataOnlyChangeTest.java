package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.service.ServiceCatalog;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An amendment of the rules is a data change: the test folder {@code /qabyldau/test-services/amended/} holds the
 * bundled 2025 definitions plus imagined versions taking effect on 1 January 2027 (extension window 45..10 days,
 * medical certificate up to 6 months, decision in 3 working days). The same code judges both.
 */
class DataOnlyChangeTest {

    private static final ReferenceData REFERENCE = ReferenceData.loadBundled();
    private static final Verdicts AMENDED = new Verdicts(
            ServiceCatalog.loadFromClassPath("/qabyldau/test-services/amended/"), REFERENCE, REFERENCE.calendar());

    /** Monday 1 March 2027, 10:00. */
    private static final LocalDateTime IN_2027 = LocalDateTime.of(2027, 3, 1, 10, 0);

    @Test
    void p24_anAmendedExtensionWindowAppliesFromItsEffectiveDate() {
        // 40 days before expiry: too early under the 30-day rule, in time under the imagined 45-day rule.
        TestApplications.Builder app = TestApplications.permitExtend().field("permit.validTo", "2027-04-10")
                .field("prepayment.paidOn", "2027-02-26");

        Verdict amended = AMENDED.evaluate(app.build(), IN_2027);
        Verdict bundled = Judge.evaluate(app.build(), IN_2027);

        assertThat(bundled.definitionVersion()).isEqualTo("2025-10-11");
        assertThat(bundled.warning("EXTENSION_TOO_EARLY")).isPresent();
        assertThat(amended.definitionVersion()).isEqualTo("2027-01-01");
        assertThat(amended.warning("EXTENSION_TOO_EARLY")).isEmpty();
        assertThat(amended.date("extensionWindowFrom")).contains(LocalDate.of(2027, 2, 24));
    }

    @Test
    void p24_theOldVersionStillJudgesApplicationsFiledBeforeTheAmendment() {
        TestApplications.Builder app = TestApplications.permitExtend().field("permit.validTo", "2026-04-11");

        Verdict v = AMENDED.evaluate(app.build(), TestApplications.MONDAY_2_MARCH_2026);

        assertThat(v.definitionVersion()).isEqualTo("2025-10-11");
        assertThat(v.warning("EXTENSION_TOO_EARLY")).isPresent();
    }

    @Test
    void app2_anAmendedDocumentRuleRefusesWhatTheOldOneAccepted() {
        // A certificate 8 months old: valid under "12 months", too old under the imagined "6 months".
        TestApplications.Builder app = TestApplications.permitIssue()
                .field("prepayment.paidOn", "2027-02-26")
                .document("medical-028e", LocalDate.of(2026, 7, 1), null, null, null)
                .document("passport", LocalDate.of(2022, 1, 10), null, LocalDate.of(2032, 1, 9),
                        LocalDate.of(2027, 1, 15))
                .document("medical-insurance", LocalDate.of(2027, 2, 26), LocalDate.of(2027, 3, 1),
                        LocalDate.of(2028, 2, 29), null);

        assertThat(Judge.evaluate(app.build(), IN_2027).outcome()).isEqualTo(Outcome.ACCEPT);
        Verdict amended = AMENDED.evaluate(app.build(), IN_2027);
        assertThat(amended.outcome()).isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(amended.receipt().get(0).message().en()).endsWith("older than 6 months");
    }

    @Test
    void p7_anAmendedDecisionTermMovesTheDueDate() {
        TestApplications.Builder app = TestApplications.permitIssue().field("prepayment.paidOn", "2027-02-26");

        assertThat(Judge.evaluate(app.build(), IN_2027).date("decisionDue")).contains(LocalDate.of(2027, 3, 3));
        assertThat(AMENDED.evaluate(app.build(), IN_2027).date("decisionDue")).contains(LocalDate.of(2027, 3, 4));
    }
}
