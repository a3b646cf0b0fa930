package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import kz.qabyldau.forms.service.FieldType;
import kz.qabyldau.forms.service.ServiceCatalog;
import java.util.Locale;

/** Values of enum fields print as words in the form's language, never as the codes the application stores. */
class EnumValuesPrintTest {

    private static final CodeNames NAMES = new CodeNames();

    private static String printApp1(String lang, String status) {
        FormText text = new FormFixtures.FormFile("permit-app1", lang).text();
        PrintData data = PrintData.builder(LocalDate.of(2026, 3, 2)).put("applicant.family.status", status)
                .put("applicant.family.children", "2").build();
        return FormFixtures.squeeze(FormFixtures.extract(FormFixtures.RENDERER.render(text, data, FormFixtures.FIXED)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "kk, married, Үйленген/тұрмыста",
            "ru, married, Женат/замужем",
            "kk, widowed, Жесір",
            "ru, divorced, Разведён(а)"})
    void app1_familyStatusPrintsAsWordsInTheFormsLanguage(String lang, String status, String words) {
        String printed = printApp1(lang, status);

        assertThat(printed.toLowerCase(Locale.ROOT)).contains(words.toLowerCase(Locale.ROOT));
        assertThat(printed).doesNotContain(status);
    }

    static Stream<Arguments> enumValuesOfEveryDefinition() {
        ServiceCatalog catalog = ServiceCatalog.loadBundled();
        return catalog.services().stream().flatMap(s -> catalog.versions(s).stream())
                .flatMap(d -> d.fields())
                .filter(f -> f.type() == FieldType.ENUM)
                .flatMap(f -> f.values().stream().flatMap(v -> Stream.of("kk", "ru")
                        .map(lang -> Arguments.of(f.id(), v, lang))))
                .distinct();
    }

    @ParameterizedTest(name = "{0}={1} ({2})")
    @MethodSource("enumValuesOfEveryDefinition")
    void everyEnumValueOfTheServiceDefinitionsHasAPrintedName(String field, String value, String lang) {
        assertThat(NAMES.enumValue(field, value, lang)).isPresent();
    }
}
