package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** App. 5, the permit: the facts issue #4 names, as they print. */
class PermitFormTest {

    private static String print(String lang, PrintData data) {
        FormText text = new FormFixtures.FormFile("permit-app5", lang).text();
        return FormFixtures.squeeze(FormFixtures.extract(FormFixtures.RENDERER.render(text, data, FormFixtures.FIXED)));
    }

    private static PrintData.Builder permit(String action) {
        return PrintData.builder(LocalDate.of(2026, 3, 16)).put("service.action", action)
                .put("decision.permitNumber", "KZ-71-2026-000123").put("decision.issuedOn", "2026-03-16")
                .put("applicant.latinName", "KARIMOV ALISHER");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kk, ТЕЛНҰСҚА", "ru, ДУБЛИКАТ"})
    void app5_aDuplicateIsMarkedAsADuplicate(String lang, String mark) {
        assertThat(print(lang, permit("duplicate").build())).contains(mark);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kk, ТЕЛНҰСҚА", "ru, ДУБЛИКАТ"})
    void app5_anIssuedPermitIsNotMarked(String lang, String mark) {
        assertThat(print(lang, permit("issue").build())).doesNotContain(mark);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kk", "ru"})
    void app5_dateOfIssuePrintsAsDdSlashMmSlashYyyy(String lang) {
        assertThat(print(lang, permit("issue").build())).contains("16/03/2026").contains("KARIMOVALISHER")
                .contains("KZ-71-2026-000123");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kk", "ru"})
    void app5_theExtendedPermitNumberPrintsWhenExtending(String lang) {
        assertThat(print(lang, permit("extend").put("decision.extendedPermitNumber", "KZ-71-2025-000311").build()))
                .contains("KZ-71-2025-000311");
    }
}
