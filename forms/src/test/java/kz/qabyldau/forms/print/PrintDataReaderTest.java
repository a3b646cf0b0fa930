package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PrintDataReaderTest {

    private static final LocalDate FALLBACK = LocalDate.of(2026, 1, 1);

    private static PrintData read(String json) {
        return new PrintDataReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FALLBACK);
    }

    @Test
    void aPrintRequestFlattensTheDecisionReceiptOfficeAndClerk() {
        PrintData d = read("{\"format\":\"qabyldau.print/1\",\"today\":\"2026-03-02\","
                + "\"application\":{\"format\":\"qabyldau.application/1\",\"service\":\"permit.extend\","
                + "\"fields\":{\"applicant.surname\":\"Каримов\",\"request.months\":6}},"
                + "\"decision\":{\"permitNumber\":\"KZ-1\"},\"receipt\":{\"lines\":[\"a\",\"b\"]},"
                + "\"office\":{\"name\":\"ХҚКО\"},\"clerk\":{\"name\":\"Д. Жұмабекова\"}}");
        assertThat(d.today()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(d.text("service.action")).contains("extend");
        assertThat(d.text("request.months")).contains("6");
        assertThat(d.text("decision.permitNumber")).contains("KZ-1");
        assertThat(d.list("receipt.lines")).containsExactly("a", "b");
        assertThat(d.text("office.name")).contains("ХҚКО");
        assertThat(d.text("clerk.name")).contains("Д. Жұмабекова");
        assertThat(d.text("applicant.fullName")).contains("Каримов");
    }

    @Test
    void aBareApplicationIsDatedByItsFilingDay() {
        PrintData d = read("{\"format\":\"qabyldau.application/1\",\"service\":\"permit.issue\","
                + "\"filedAt\":\"2026-03-02T10:15\","
                + "\"fields\":{}}");
        assertThat(d.today()).isEqualTo(LocalDate.of(2026, 3, 2));
        assertThat(d.text("service.action")).contains("issue");
    }

    @Test
    void attachmentsAreTheNamedListOrElseThePresentedDocuments() {
        PrintData named = read("{\"format\":\"qabyldau.print/1\",\"attachments\":[\"Дипломның көшірмесі\"],"
                + "\"application\":{\"format\":\"qabyldau.application/1\","
                + "\"documents\":[{\"type\":\"diploma\",\"presented\":true}]}}");
        PrintData derived = read("{\"format\":\"qabyldau.application/1\",\"documents\":["
                + "{\"type\":\"diploma\",\"presented\":true},{\"type\":\"work-record\",\"presented\":false}]}");
        assertThat(named.list("application.attachments")).containsExactly("Дипломның көшірмесі");
        assertThat(derived.list("application.attachments")).containsExactly("diploma");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "[1,2]", "{\"format\":\"something/9\"}",
            "{\"format\":\"qabyldau.print/1\",\"today\":\"02.03.2026\"}"})
    void badDataIsAClearError(String json) {
        assertThatThrownBy(() -> read(json)).isInstanceOfSatisfying(FormPrintException.class,
                e -> assertThat(e.reason()).isEqualTo(FormPrintException.Reason.BAD_DATA));
    }
}
