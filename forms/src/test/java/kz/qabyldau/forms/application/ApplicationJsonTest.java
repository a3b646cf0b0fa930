package kz.qabyldau.forms.application;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ApplicationJsonTest {

    private static final String MINIMAL = """
            {"format": "qabyldau.application/1", "service": "permit.issue", "filedAt": "2026-03-02T10:15",
             "fields": {"request.months": 6, "prepayment.amount": 103800.00, "consent.personalData": true},
             "documents": [{"type": "medical-028e", "issuedOn": "2025-03-14"}],
             "overrides": [{"warning": "PREPAYMENT_AMOUNT", "reason": "checked", "clerk": "c7"}]}
            """;

    @Test
    void readsTheSharedFormat() throws ApplicationFormatException {
        Application a = ApplicationJson.read(MINIMAL);

        assertThat(a.service()).isEqualTo("permit.issue");
        assertThat(a.filedAt()).isEqualTo(LocalDateTime.of(2026, 3, 2, 10, 15));
        assertThat(a.language()).isEqualTo("kk");
        assertThat(a.field("request.months")).contains(6);
        assertThat(a.field("prepayment.amount")).contains(new BigDecimal("103800.00"));
        assertThat(a.document("medical-028e").orElseThrow().issuedOn()).isEqualTo(LocalDate.of(2025, 3, 14));
        assertThat(a.document("medical-028e").orElseThrow().isPresented()).isTrue();
        assertThat(a.overrides()).extracting(WarningOverride::warning).containsExactly("PREPAYMENT_AMOUNT");
    }

    @Test
    void writtenApplicationReadsBackEqual() throws ApplicationFormatException {
        Application a = ApplicationJson.read(MINIMAL);

        assertThat(ApplicationJson.read(ApplicationJson.write(a))).isEqualTo(a);
    }

    @ParameterizedTest(name = "{1}")
    // CHECKSTYLE.OFF: LineLength - a table of cases reads best as one case a line
    @CsvSource(delimiter = '|', value = {
            "{\"format\": \"qabyldau.application/1\", \"service\": \"permit.issue\", \"filedAt\": \"2026-02-30T10:15\"}|filedAt: '2026-02-30T10:15' is not a date and time",
            "{\"format\": \"qabyldau.application/1\", \"service\": \"permit.issue\", \"documents\": [{\"type\": \"passport\", \"validUntil\": \"31.12.2030\"}]}|documents[0].validUntil: '31.12.2030' is not a date (yyyy-MM-dd)",
            "{\"format\": \"qabyldau.application/1\", \"service\": \"permit.issue\", \"colour\": 1}|colour: unknown property 'colour'",
            "{\"format\": \"qabyldau.application/2\", \"service\": \"permit.issue\"}|format must be \"qabyldau.application/1\"",
            "{\"format\": \"qabyldau.application/1\"}|service",
            "{\"format\": \"qabyldau.application/1\", \"service\": \"permit.issue\", \"overrides\": [{\"warning\": \"NO_CONSENT\"}]}|overrides[0]: an override of NO_CONSENT needs a reason",
            "{\"format\": \"qabyldau.application/1\", \"service\": |malformed JSON at line 1"})
    // CHECKSTYLE.ON: LineLength
    void badInputNamesTheField(String json, String expectedMessageStart) {
        assertThatThrownBy(() -> ApplicationJson.read(json))
                .isInstanceOf(ApplicationFormatException.class)
                .hasMessageStartingWith(expectedMessageStart);
    }
}
