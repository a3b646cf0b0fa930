package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Qualification App. 3, the certificate: a duplicate (p.22-1) is marked as one, like the permit App. 5. */
class QualificationCertificateFormTest {

    private static String print(String lang, String action) {
        FormText text = new FormFixtures.FormFile("qualification-app3", lang).text();
        PrintData data = PrintData.builder(LocalDate.of(2026, 3, 16)).put("service.action", action)
                .put("decision.certificateNumber", "Q-710000-2026-0042").put("decision.issuedOn", "2026-03-16")
                .put("applicant.fullName", "Smith John").build();
        return FormFixtures.squeeze(FormFixtures.extract(FormFixtures.RENDERER.render(text, data, FormFixtures.FIXED)));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kk, ТЕЛНҰСҚА", "ru, ДУБЛИКАТ"})
    void p22_1_aDuplicateCertificateIsMarkedAsADuplicate(String lang, String mark) {
        assertThat(print(lang, "duplicate")).contains(mark).contains("Q-710000-2026-0042");
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"kk, ТЕЛНҰСҚА, issue", "ru, ДУБЛИКАТ, issue", "kk, ТЕЛНҰСҚА, extend", "ru, ДУБЛИКАТ, reissue"})
    void app3_aCertificateIssuedExtendedOrReissuedIsNotMarked(String lang, String mark, String action) {
        assertThat(print(lang, action)).doesNotContain(mark);
    }
}
