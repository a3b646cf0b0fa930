package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import java.time.LocalDate;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * For every form text file: the PDF rendered from the form's example carries, as extractable
 * text, every fixed phrase of the form text and every value filled in (so nothing of the
 * appendix is dropped and the Kazakh letters survive extraction).
 */
class FormContentTest {

    static Stream<FormFixtures.FormFile> files() {
        return FormFixtures.formFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFixedPhraseIsExtractable(FormFixtures.FormFile file) {
        FormText text = file.text();
        PrintData data = file.example();
        String extracted = FormFixtures.squeeze(FormFixtures.extract(
                FormFixtures.RENDERER.render(text, data, FormFixtures.FIXED)));
        FormValues values = values(text, data);
        List<String> phrases = new ArrayList<>(text.copies());
        for (Block b : printed(text, values)) {
            FormRenderer.templates(b).forEach(t -> phrases.addAll(Placeholders.fixedPhrases(t)));
        }
        assertThat(phrases).isNotEmpty();
        for (String phrase : phrases) {
            assertThat(extracted).as("fixed phrase of %s", file).contains(FormFixtures.squeeze(phrase));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFilledValueIsExtractable(FormFixtures.FormFile file) {
        FormText text = file.text();
        PrintData data = file.example();
        String extracted = FormFixtures.squeeze(FormFixtures.extract(
                FormFixtures.RENDERER.render(text, data, FormFixtures.FIXED)));
        FormValues values = values(text, data);
        List<String> filled = new ArrayList<>();
        for (Block b : printed(text, values)) {
            if (b instanceof Block.ListBlock l && l.items() != null && l.items().isTextual()) {
                filled.addAll(values.list(l.items().asText()));
                continue;
            }
            for (String t : FormRenderer.templates(b)) {
                for (Placeholders.Slot slot : Placeholders.slots(t)) {
                    String v = values.resolve(slot);
                    if (!v.isEmpty() && !(b instanceof Block.Choice)) {
                        filled.add(v);
                    }
                }
            }
        }
        assertThat(filled).as("the example of %s fills nothing", file).isNotEmpty();
        for (String v : filled) {
            assertThat(extracted).as("value in %s", file).contains(FormFixtures.squeeze(v));
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void everyKazakhLetterSurvivesExtraction(String lang) {
        String letters = "Әә Ғғ Ққ Ңң Өө Ұұ Үү Һһ Іі";
        PrintData data = PrintData.builder(LocalDate.of(2026, 3, 2)).put("applicant.surname", letters)
                .put("clerk.name", letters).build();
        FormText text = new FormFixtures.FormFile("permit-app4", lang).text();
        assertThat(FormFixtures.extract(FormFixtures.RENDERER.render(text, data, FormFixtures.FIXED)))
                .contains(letters);
    }

    private static FormValues values(FormText text, PrintData data) {
        return new FormValues(text.form(), data, text.language(), new CodeNames(), FormFonts.shared());
    }

    private static List<Block> printed(FormText text, FormValues values) {
        return text.blocks().stream().filter(b -> values.holds(b.when())).toList();
    }
}
