package kz.qabyldau.forms.verdict;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.service.ServiceCatalog;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Data that contradicts itself or speaks of something that no longer exists (issue #17): an IIN against the birth
 * date typed for the same person, an extension of an expired permit or certificate, months so far against the
 * permit's own dates. Filed Monday 2 March 2026, 10:15 unless said otherwise.
 */
class ContradictionsTest {

    // --- App. 2, ground 1: unreliable data

    @Test
    void app2ground1_iinBirthDateContradictsTypedBirthDate() {
        // 900101300017 encodes 1 January 1990 (male); the clerk typed 2 January.
        Verdict v = Judge.monday(TestApplications.permitIssue().field("applicant.iin", "900101300017")
                .field("applicant.birthDate", "1990-01-02"));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("IIN_BIRTH_DATE_MISMATCH");
        Warning w = v.warnings().get(0);
        assertThat(w.ground()).isEqualTo("1");
        assertThat(w.message().ru()).contains("ИИН (при наличии)").contains("Дата рождения")
                .contains("01.01.1990").contains("02.01.1990");
        assertThat(w.message().kk()).contains("ЖСН (бар болса)").contains("Туған күні");
        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
    }

    @Test
    void app2ground1_iinCenturyDigitContradictsTypedBirthDate() {
        // 050301500018: century digit 5 = born in the 2000s, so 1 March 2005; the clerk typed 1905.
        Verdict v = Judge.monday(TestApplications.permitIssue().field("applicant.iin", "050301500018")
                .field("applicant.birthDate", "1905-03-01"));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("IIN_BIRTH_DATE_MISMATCH");
        assertThat(v.warnings().get(0).message().en()).contains("01.03.2005").contains("01.03.1905");
    }

    @Test
    void app2ground1_iinMatchingTheBirthDateRaisesNothing() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("applicant.iin", "900101300017"));

        assertThat(v.warnings()).isEmpty();
    }

    @Test
    void app2ground1_employerIinContradictsBirthYear() {
        Verdict v = Judge.monday(TestApplications.permitExtend().field("employer.birthYear", 1991));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("IIN_BIRTH_DATE_MISMATCH");
        assertThat(v.warnings().get(0).message().ru()).contains("ИИН работодателя").contains("Год рождения")
                .contains("1990").contains("1991");
    }

    @Test
    void app2ground1_iinSexDigitContradictsTheSexFieldOfAFormThatHasOne() throws Exception {
        // No form in force has a sex field; an amended definition that adds one (e.g. from the MRZ) only needs data.
        ObjectMapper json = new ObjectMapper();
        ObjectNode definition;
        try (InputStream in = getClass().getResourceAsStream("/qabyldau/services/permit.issue-2025-10-11.json")) {
            definition = (ObjectNode) json.readTree(in);
        }
        ObjectNode sex = json.createObjectNode().put("id", "applicant.sex").put("type", "enum").put("required", false);
        sex.putObject("label").put("kk", "Жынысы").put("ru", "Пол").put("en", "Sex");
        sex.putArray("values").add("M").add("F");
        ObjectNode labels = sex.putObject("valueLabels");
        labels.putObject("M").put("kk", "ер").put("ru", "мужской").put("en", "male");
        labels.putObject("F").put("kk", "әйел").put("ru", "женский").put("en", "female");
        ((ArrayNode) definition.withArray("sections").get(1).withArray("fields")).add(sex);
        definition.withArray("rules").forEach(r -> {
            if ("applicant.iin".equals(r.path("field").asText())) {
                ((ObjectNode) r).put("sexField", "applicant.sex");
            }
        });
        assertThat(definition.withArray("sections").get(1).path("id").asText()).isEqualTo("applicant");
        ReferenceData reference = ReferenceData.loadBundled();
        ServiceCatalog amended = ServiceCatalog.of(List.of(ServiceCatalog.parse(definition.toString(), "amended")));
        Verdicts judge = new Verdicts(amended, reference, reference.calendar());

        // 900101300017 is a man's IIN.
        Verdict woman = judge.evaluate(TestApplications.permitIssue().field("applicant.iin", "900101300017")
                .field("applicant.sex", "F").build(), TestApplications.MONDAY_2_MARCH_2026);
        Verdict man = judge.evaluate(TestApplications.permitIssue().field("applicant.iin", "900101300017")
                .field("applicant.sex", "M").build(), TestApplications.MONDAY_2_MARCH_2026);

        assertThat(woman.warnings()).extracting(Warning::code, Warning::ground)
                .containsExactly(tuple("IIN_SEX_MISMATCH", "1"));
        assertThat(woman.warnings().get(0).message().ru()).contains("Пол");
        assertThat(man.warnings()).isEmpty();
    }

    // --- p.23 (qualification) and p.25 (permit): nothing left to extend

    @Test
    void p23_certificateExpiredBeforeExtensionIsRefusedAtIntake() {
        Verdict v = Judge.monday(TestApplications.qualificationExtend().field("certificate.validTo", "2026-02-27"));

        assertThat(v.outcome()).isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(v.receipt()).extracting(ReceiptLine::document, ReceiptLine::reason)
                .containsExactly(tuple("previous-certificate", "EXPIRED"));
        assertThat(v.receipt().get(0).rule()).contains("p.23");
        assertThat(v.receipt().get(0).message().ru()).contains("Ранее выданная справка").contains("27.02.2026");
        // Never a new period that starts before the filing day.
        assertThat(v.date("certificateValidFrom")).isEmpty();
        assertThat(v.date("certificateValidTo")).isEmpty();
    }

    @Test
    void p23_certificateEndingOnTheFilingDayCanStillBeExtended() {
        Verdict v = Judge.monday(TestApplications.qualificationExtend().field("certificate.validTo", "2026-03-02"));

        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
        assertThat(v.date("certificateValidFrom")).contains(LocalDate.of(2026, 3, 3));
    }

    @Test
    void p23_certificateEndingOnTheDayOfAnAfterHoursFilingHasEndedWhenRegistered() {
        // Filed 18:45 on its last day: registered Tuesday 3 March (p.14 of the permit Rules, the office's hours).
        Verdict v = Judge.at(LocalDateTime.of(2026, 3, 2, 18, 45), TestApplications.qualificationExtend()
                .field("certificate.validTo", "2026-03-02"));

        assertThat(v.outcome()).isEqualTo(Outcome.REFUSE_INTAKE);
        assertThat(v.date("certificateValidFrom")).isEmpty();
    }

    @Test
    void p25_permitExpiredBeforeExtensionWarnsAndComputesNoPeriod() {
        Verdict v = Judge.monday(TestApplications.permitExtend().field("permit.validTo", "2026-02-20"));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("PERMIT_EXPIRED");
        assertThat(v.warning("PERMIT_EXPIRED").orElseThrow().paragraph()).isEqualTo("p.25");
        assertThat(v.warning("PERMIT_EXPIRED").orElseThrow().message().ru()).contains("20.02.2026");
        assertThat(v.date("permitFrom")).isEmpty();
        assertThat(v.date("permitTo")).isEmpty();
    }

    @Test
    void p25_permitEndingTheDayBeforeFilingHasExpired() {
        Verdict v = Judge.monday(TestApplications.permitExtend().field("permit.validTo", "2026-03-01"));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("PERMIT_EXPIRED");
        assertThat(v.date("permitFrom")).isEmpty();
    }

    @Test
    void p25_permitStillValidButPastTheWindowIsLateNotExpired() {
        Verdict v = Judge.monday(TestApplications.permitExtend().field("permit.validTo", "2026-03-03"));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("EXTENSION_TOO_LATE");
        assertThat(v.date("permitFrom")).contains(LocalDate.of(2026, 3, 4));
    }

    @Test
    void p19_requestedStartBeforeFilingIsAFieldError() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("request.startDate", "2026-02-01"));

        assertThat(v.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("request.startDate", "BEFORE_FILING"));
        // The rejected start is not used: the period shown starts on the decision day, never before filing.
        assertThat(v.date("permitFrom")).contains(LocalDate.of(2026, 3, 4));
    }

    // --- p.19: months so far follow from the permit's dates

    @Test
    void p19_monthsSoFarDerivedFromDatesDisagreeWithTypedFigure() {
        // 1 October 2025 – 31 March 2026 is 6 months; the clerk typed 4.
        Verdict v = Judge.monday(TestApplications.permitExtend().field("permit.validFrom", "2025-10-01")
                .field("permit.monthsSoFar", 4));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("MONTHS_SO_FAR_MISMATCH");
        assertThat(v.figures().get("monthsFromDates")).isEqualByComparingTo(BigDecimal.valueOf(6));
        // The cap is checked against the larger figure: 6 + 6 = 12, not 4 + 6.
        assertThat(v.figures().get("monthsTotal")).isEqualByComparingTo(BigDecimal.valueOf(12));
    }

    @Test
    void p19_monthsFromDatesPushTheTotalOverTwelve() {
        // 1 August 2025 – 31 March 2026 is 8 months; typed 2: with 6 more the total is 14, over 12.
        Verdict v = Judge.monday(TestApplications.permitExtend().field("permit.validFrom", "2025-08-01")
                .field("permit.monthsSoFar", 2));

        assertThat(v.warnings()).extracting(Warning::code)
                .containsExactly("MONTHS_SO_FAR_MISMATCH", "TOTAL_OVER_12_MONTHS");
    }

    @Test
    void p19_monthsSoFarAgreeingWithDatesRaiseNothing() {
        Verdict v = Judge.monday(TestApplications.permitExtend().field("permit.validFrom", "2025-10-01"));

        assertThat(v.warnings()).isEmpty();
        assertThat(v.figures().get("monthsFromDates")).isEqualByComparingTo(BigDecimal.valueOf(6));
    }

    @Test
    void p19_monthsSpannedCountsAPartMonthAsAMonth() {
        assertThat(RuleChecks.monthsSpanned(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 3, 31))).isEqualTo(6);
        assertThat(RuleChecks.monthsSpanned(LocalDate.of(2026, 1, 31), LocalDate.of(2026, 2, 27))).isEqualTo(1);
        assertThat(RuleChecks.monthsSpanned(LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 15))).isEqualTo(2);
    }

    // --- p.23, p.27: a duplicate or re-issue of what has ended

    @Test
    void p23_duplicateOfACertificateThatHasEnded() {
        Verdict v = Judge.monday(TestApplications.qualificationDuplicate().field("certificate.validTo", "2026-02-20"));

        assertThat(v.warnings()).extracting(Warning::code, Warning::paragraph)
                .containsExactly(tuple("CERTIFICATE_ENDED", "p.23"));
        assertThat(v.warnings().get(0).message().ru()).contains("20.02.2026").contains("02.03.2026");
    }

    @Test
    void p23_reissueOfACertificateThatHasEnded() {
        Verdict v = Judge.monday(TestApplications.qualificationReissue().field("certificate.validTo", "2026-03-01"));

        assertThat(v.warnings()).extracting(Warning::code).containsExactly("CERTIFICATE_ENDED");
    }

    @Test
    void p23_aCertificateStillInForceOnTheDayRaisesNothing() {
        assertThat(Judge.monday(TestApplications.qualificationReissue().field("certificate.validTo", "2026-03-02"))
                .warnings()).isEmpty();
    }

    @Test
    void p27_duplicateOfAPermitThatHasEnded() {
        Verdict v = Judge.monday(TestApplications.permitDuplicate().field("permit.validTo", "2026-02-28"));

        assertThat(v.warnings()).extracting(Warning::code, Warning::ground)
                .containsExactly(tuple("PERMIT_ENDED", "2"));
        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
    }
}
