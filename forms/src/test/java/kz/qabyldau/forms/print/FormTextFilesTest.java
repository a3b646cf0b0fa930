package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.nio.file.Files;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The form text files keep the contract of docs/form-texts.md. */
class FormTextFilesTest {

    static Stream<FormFixtures.FormFile> files() {
        return FormFixtures.formFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void fileNameMatchesItsFormAndLanguage(FormFixtures.FormFile file) {
        FormText text = file.text();
        assertThat(text.form()).isEqualTo(file.form()).isIn(FormTexts.FORM_IDS);
        assertThat(text.language()).isEqualTo(file.language()).isIn(FormTexts.LANGUAGES);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void carriesItsSourceAndEffectiveDate(FormFixtures.FormFile file) {
        FormText text = file.text();
        assertThat(text.source()).isNotBlank();
        assertThat(text.effectiveFrom()).isNotNull();
        assertThat(text.translationOf()).isEqualTo("ru".equals(text.language()) ? "kk" : null);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void usesOnlyKnownPlaceholdersAndPrintableCharacters(FormFixtures.FormFile file) {
        assertThatCode(() -> FormFixtures.RENDERER.check(file.text())).doesNotThrowAnyException();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void hasItsTranslationOrOriginal(FormFixtures.FormFile file) {
        String other = "kk".equals(file.language()) ? "ru" : "kk";
        assertThat(Files.exists(new FormFixtures.FormFile(file.form(), other).path())).isTrue();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void hasAnExampleToPrint(FormFixtures.FormFile file) {
        assertThat(FormFixtures.EXAMPLES_DIR.resolve("print-" + file.form() + ".json")).exists();
    }

    @Test
    void everyFormOfTheRulesHasAnExample() {
        for (String form : FormTexts.FORM_IDS) {
            assertThat(FormFixtures.EXAMPLES_DIR.resolve("print-" + form + ".json")).exists();
        }
    }

    @Test
    void formTextsAreFoundOnTheClassPath() {
        assertThat(new FormTexts().load("permit-app4", "kk").copies()).hasSize(2);
    }
}
