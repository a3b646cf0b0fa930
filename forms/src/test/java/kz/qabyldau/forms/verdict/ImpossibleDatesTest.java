package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.application.ApplicationFormatException;
import kz.qabyldau.forms.application.ApplicationJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * Dates that cannot be true (issue #17): a document "issued" after the filing day, a border crossed in the future,
 * a year 99999, a NUL inside a date, a list where a text belongs. Filed Monday 2 March 2026, 10:15.
 */
class ImpossibleDatesTest {

    private static final LocalDate NEXT_WEEK = LocalDate.of(2026, 3, 9);

    @Test
    void app2_medicalCertificateIssuedAfterFiling() {
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .document("medical-028e", NEXT_WEEK, null, null, null));

        assertThat(v.outcome()).isEqualTo(Outcome.CORRECT_FIELDS);
        FieldError e = v.fieldErrors().get(0);
        assertThat(e.field()).isEqualTo("documents.medical-028e.issuedOn");
        assertThat(e.code()).isEqualTo("AFTER_FILING");
        // Named in the clerk's language, the date named too: no internal id in a kk or ru text.
        assertThat(e.message().kk()).contains("028/Е").contains("берілген күні").contains("09.03.2026")
                .doesNotContain("issuedOn");
        assertThat(e.message().ru()).contains("028/У").contains("дата выдачи").contains("02.03.2026")
                .doesNotContain("issuedOn");
        assertThat(e.message().en()).contains("date of issue 09.03.2026 is after the filing day 02.03.2026");
    }

    @Test
    void p17_borderMarkInFuture() {
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .document("passport", LocalDate.of(2022, 1, 10), null, LocalDate.of(2032, 1, 9), NEXT_WEEK));

        assertThat(v.outcome()).isEqualTo(Outcome.CORRECT_FIELDS);
        assertThat(v.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("documents.passport.borderCrossingOn",
                        "AFTER_FILING"));
        assertThat(v.fieldErrors().get(0).message().ru()).contains("дата отметки о пересечении границы");
    }

    @Test
    void app2_insuranceContractConcludedAfterFiling() {
        Verdict v = Judge.monday(TestApplications.permitIssue().document("medical-insurance", NEXT_WEEK,
                LocalDate.of(2026, 3, 1), LocalDate.of(2027, 2, 28), null));

        assertThat(v.fieldErrors()).extracting(FieldError::field)
                .containsExactly("documents.medical-insurance.issuedOn");
    }

    @Test
    void p17_aDocumentIssuedOnTheFilingDayItselfIsFine() {
        Verdict v = Judge.monday(TestApplications.permitIssue()
                .document("medical-028e", LocalDate.of(2026, 3, 2), null, null, null));

        assertThat(v.outcome()).isEqualTo(Outcome.ACCEPT);
    }

    @Test
    void p14_aDocumentIssuedAfterTheFilingDayButBeforeRegistrationIsStillAfterFiling() {
        // Filed Friday 6 March after hours, registered Tuesday 10 March (9 March is a day off): a certificate dated
        // the 7th did not exist when the applicant stood at the desk.
        Verdict v = Judge.at(LocalDateTime.of(2026, 3, 6, 18, 45), TestApplications.permitIssue()
                .document("medical-028e", LocalDate.of(2026, 3, 7), null, null, null));

        assertThat(v.fieldErrors()).extracting(FieldError::code).containsExactly("AFTER_FILING");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "year 99999 in a field      |+99999-01-01",
            "year 1 in a field          |0001-01-01",
            "NUL inside a date          |1990-01-NUL01"})
    void p5_anAbsurdFieldDateIsNotADate(String what, String date) {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("applicant.birthDate",
                date.replace("NUL", String.valueOf((char) 0))));

        assertThat(v.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("applicant.birthDate", "NOT_A_DATE"));
    }

    private static String application(String rest) {
        return "{\"format\": \"qabyldau.application/1\", \"service\": \"permit.issue\", " + rest + "}";
    }

    static Stream<Arguments> impossibleValues() {
        return Stream.of(
                Arguments.of("filed in year 9999", "\"filedAt\": \"9999-03-02T10:15\"", "filedAt"),
                Arguments.of("NUL in a document",
                        "\"documents\": [{\"type\": \"passport\", \"validUntil\": \"2032-01-\\u000009\"}]",
                        "documents[0].validUntil"),
                Arguments.of("list for a text", "\"fields\": {\"applicant.surname\": [\"Каримов\"]}",
                        "fields.applicant.surname"),
                Arguments.of("object for a text", "\"fields\": {\"applicant.surname\": {\"ru\": \"Каримов\"}}",
                        "fields.applicant.surname"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("impossibleValues")
    void anImpossibleValueIsAnInputErrorNamingItsPlace(String what, String rest, String path) {
        assertThatThrownBy(() -> ApplicationJson.read(application(rest)))
                .isInstanceOf(ApplicationFormatException.class)
                .satisfies(e -> assertThat(((ApplicationFormatException) e).field()).isEqualTo(path));
    }

    @Test
    void app2_aDocumentDatedInTheYear99999IsADateToCorrect() throws ApplicationFormatException {
        String json = application("\"filedAt\": \"2026-03-02T10:15\", \"documents\": [{\"type\": \"passport\","
                + " \"validUntil\": \"+99999-01-09\"}]");

        Verdict v = Judge.evaluate(ApplicationJson.read(json), TestApplications.MONDAY_2_MARCH_2026);

        assertThat(v.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .contains(tuple("documents.passport.validUntil", "NOT_A_DATE"));
        assertThat(v.fieldErrors()).filteredOn(e -> e.field().equals("documents.passport.validUntil"))
                .first().satisfies(e -> assertThat(e.message().ru()).contains("действует до").contains("99999"));
    }

    @Test
    void aListForATextFieldSaysWhatIsWrong() {
        String json = application("\"fields\": {\"applicant.surname\": [\"A\", \"B\"]}");

        assertThatThrownBy(() -> ApplicationJson.read(json))
                .hasMessage("fields.applicant.surname: a list is not a field value; give one text, number or"
                        + " true/false");
    }
}
