package kz.qabyldau.forms.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;

/** p.24–25 (extension window), p.19 (12-month total) for extensions filed on Monday 2 March 2026. */
class PermitExtensionTest {

    private static Verdict extendingPermitValidTo(String validTo) {
        return Judge.monday(TestApplications.permitExtend().field("permit.validTo", validTo));
    }

    @Test
    void p24_extensionExactly30DaysBeforeExpiryIsInTime() {
        Verdict v = extendingPermitValidTo("2026-04-01");

        assertThat(v.warnings()).isEmpty();
        assertThat(v.date("extensionWindowFrom")).contains(LocalDate.of(2026, 3, 2));
        assertThat(v.date("extensionWindowTo")).contains(LocalDate.of(2026, 3, 27));
    }

    @Test
    void p24_extensionMoreThan30DaysBeforeExpiryIsTooEarly() {
        Verdict v = extendingPermitValidTo("2026-04-02");

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("EXTENSION_TOO_EARLY");
        assertThat(v.warning("EXTENSION_TOO_EARLY").orElseThrow().message().en())
                .contains("from 03.03.2026").contains("02.04.2026");
        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
    }

    @Test
    void p25_extensionExactly5DaysBeforeExpiryIsInTime() {
        assertThat(extendingPermitValidTo("2026-03-07").warnings()).isEmpty();
    }

    @Test
    void p25_extensionLessThan5DaysBeforeExpiryIsNotExtended() {
        Verdict v = extendingPermitValidTo("2026-03-06");

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("EXTENSION_TOO_LATE");
        assertThat(v.warning("EXTENSION_TOO_LATE").orElseThrow().paragraph()).isEqualTo("p.25");
    }

    @ParameterizedTest(name = "filed {0}: late = {1}")
    @CsvSource({"2026-03-02T18:29, false", "2026-03-02T18:31, true"})
    void p25_onTheLastDayAFilingAfter1830IsRegisteredTooLate(LocalDateTime filed, boolean late) {
        Verdict v = Judge.at(filed, TestApplications.permitExtend().field("permit.validTo", "2026-03-07"));

        assertThat(v.warning("EXTENSION_TOO_LATE").isPresent()).isEqualTo(late);
    }

    @Test
    void p19_extensionStartsTheDayAfterTheCurrentPermit() {
        Verdict v = extendingPermitValidTo("2026-03-31");

        assertThat(v.date("permitFrom")).contains(LocalDate.of(2026, 4, 1));
        assertThat(v.date("permitTo")).contains(LocalDate.of(2026, 9, 30));
    }

    @Test
    void p19_extensionOfAPermitEnding31DecemberStartsOn1January() {
        Verdict v = Judge.at(LocalDateTime.of(2025, 12, 1, 10, 0), TestApplications.permitExtend()
                .field("permit.validTo", "2025-12-31")
                .field("request.months", 3)
                .field("prepayment.paidOn", "2025-11-28")
                .field("prepayment.amount", 23592)
                .document("medical-insurance", LocalDate.of(2025, 11, 28), LocalDate.of(2025, 12, 1),
                        LocalDate.of(2026, 12, 31), null));

        assertThat(v.warnings()).isEmpty();
        assertThat(v.date("permitFrom")).contains(LocalDate.of(2026, 1, 1));
        assertThat(v.date("permitTo")).contains(LocalDate.of(2026, 3, 31));
    }

    @Test
    void p19_totalOfExactly12MonthsIsAllowed() {
        Verdict v = Judge.monday(TestApplications.permitExtend().field("permit.monthsSoFar", 6));

        assertThat(v.figures()).containsEntry("monthsTotal", BigDecimal.valueOf(12));
        assertThat(v.warnings()).isEmpty();
    }

    @Test
    void p19_totalOver12MonthsWarns() {
        Verdict v = Judge.monday(TestApplications.permitExtend().field("permit.monthsSoFar", 7));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("TOTAL_OVER_12_MONTHS");
        assertThat(v.figures()).containsEntry("monthsTotal", BigDecimal.valueOf(13));
    }

    @Test
    void app2_extensionNeedsNoMedicalCertificateButALabourContract() {
        Verdict v = Judge.monday(TestApplications.permitExtend().withoutDocument("labour-contract"));

        assertThat(v.outcome()).isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(v.receipt()).extracting(ReceiptLine::document).containsExactly("labour-contract");
    }
}
