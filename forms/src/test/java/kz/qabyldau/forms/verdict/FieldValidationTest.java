package kz.qabyldau.forms.verdict;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

/** Field validation as the definitions declare it (App. 1 fields: type, required, pattern, range). */
class FieldValidationTest {

    @ParameterizedTest(name = "{0} = {1} → {2}")
    @CsvSource({
            "employer.iin,               900101400014, INVALID_IIN",
            "applicant.iin,              12345,        INVALID_IIN",
            "applicant.birthDate,        1990-02-30,   NOT_A_DATE",
            "applicant.birthDate,        2026-03-03,   AFTER_FILING",
            "applicant.latinName,        Karimov,      PATTERN",
            "applicant.family.status,    engaged,      NOT_ALLOWED",
            "household.region,           990000000,    UNKNOWN_REGION",
            "request.months,             six,          NOT_A_NUMBER",
            "request.months,             6.5,          NOT_A_WHOLE_NUMBER",
            "employer.birthYear,         1850,         TOO_SMALL",
            "consent.personalData,       yes,          NOT_BOOLEAN",
            "applicant.document.number,  FA-123,       PATTERN"})
    void app1_aBadValueIsAFieldToCorrect(String field, String value, String code) {
        Verdict v = Judge.monday(TestApplications.permitIssue().field(field, value));

        assertThat(v.outcome()).isEqualTo(Outcome.CORRECT_FIELDS);
        assertThat(v.fieldErrors()).extracting(FieldError::field, FieldError::code).containsExactly(tuple(field, code));
    }

    @Test
    void app1_anInvalidIinIsExplainedInEachLanguage() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("employer.iin", "900101400014"));

        FieldError e = v.fieldErrors().get(0);
        assertThat(e.message().en()).startsWith("Employer's IIN: 900101400014 is not a valid IIN (");
        assertThat(e.message().kk()).startsWith("Жұмыс берушінің ЖСН: 900101400014 — ЖСН дұрыс емес (");
        assertThat(e.message().ru()).startsWith("ИИН работодателя: 900101400014 — неверный ИИН (");
    }

    @Test
    void app1_theImmigrantsIinIsOptionalButCheckedWhenGiven() {
        assertThat(Judge.monday(TestApplications.permitIssue().without("applicant.iin")).fieldErrors()).isEmpty();
        assertThat(Judge.monday(TestApplications.permitIssue().field("applicant.iin", "900101300017")).fieldErrors())
                .isEmpty();
    }

    @Test
    void app1_aFieldTheServiceDoesNotDeclareIsRejected() {
        Verdict v = Judge.monday(TestApplications.permitIssue().field("applicant.shoeSize", 42));

        assertThat(v.fieldErrors()).extracting(FieldError::field, FieldError::code)
                .containsExactly(tuple("applicant.shoeSize", "UNKNOWN_FIELD"));
    }

    @Test
    void app1_everyMissingRequiredFieldIsListed() {
        Verdict v = Judge.monday(TestApplications.permitIssue().without("applicant.surname").without("employer.iin"));

        assertThat(v.fieldErrors()).extracting(FieldError::field)
                .containsExactlyInAnyOrder("applicant.surname", "employer.iin");
        assertThat(v.fieldErrors()).extracting(e -> e.message().kk()).contains("Тегі: міндетті өріс");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"940140000385", "900101400013"})
    void qualification_theEmployerMayBeACompanyOrAPerson(String binOrIin) {
        Verdict v = Judge.monday(TestApplications.qualificationExtend().field("employer.bin", binOrIin));

        assertThat(v.fieldErrors()).isEmpty();
    }

    @Test
    void qualification_anEmployerNumberThatIsNeitherBinNorIinIsRejected() {
        Verdict v = Judge.monday(TestApplications.qualificationExtend().field("employer.bin", "940140000386"));

        assertThat(v.fieldErrors()).extracting(FieldError::code).containsExactly("INVALID_BIN_OR_IIN");
    }
}
