package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PlaceholdersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    private static FormText form(String blocksJson) {
        String json = "{\"form\":\"permit-app4\",\"language\":\"kk\",\"effectiveFrom\":\"2024-08-01\","
                + "\"source\":\"test\","
                + "\"blocks\":" + blocksJson + "}";
        return FormTexts.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "test");
    }

    private static String print(String text, PrintData data) {
        FormText form = form("[{\"type\":\"paragraph\",\"text\":\"" + text.replace("\"", "\\\"") + "\"}]");
        return FormFixtures.extract(FormFixtures.RENDERER.render(form, data, FormFixtures.FIXED));
    }

    @Test
    void anUnknownPlaceholderIsAnErrorNotPrintedRaw() {
        FormText form = form("[{\"type\":\"paragraph\",\"text\":\"Аты: {applicant.nickname}\"}]");
        assertThatThrownBy(() -> FormFixtures.RENDERER.render(form, PrintData.empty(DAY), FormFixtures.FIXED))
                .isInstanceOfSatisfying(FormPrintException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FormPrintException.Reason.UNKNOWN_PLACEHOLDER);
                    assertThat(e.getMessage()).contains("{applicant.nickname}");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Күні: {date:decision.issuedOn", "{ applicant.iin }",
            "a } b"})
    void aMalformedPlaceholderIsABrokenFormTextNotPrintedRaw(String text) {
        FormText form = form("[{\"type\":\"paragraph\",\"text\":\"" + text + "\"}]");
        assertThatThrownBy(() -> FormFixtures.RENDERER.check(form)).isInstanceOfSatisfying(FormPrintException.class,
                e -> assertThat(e.reason()).isEqualTo(FormPrintException.Reason.BAD_FORM_TEXT));
    }

    @Test
    void anUnknownPlaceholderInAConditionalBlockIsFoundToo() {
        FormText form = form("[{\"type\":\"title\",\"text\":\"X\"},"
                + "{\"type\":\"paragraph\",\"text\":\"{decision.nonsense}\","
                + "\"when\":{\"service.action\":\"duplicate\"}}]");
        assertThatThrownBy(() -> FormFixtures.RENDERER.check(form)).isInstanceOf(FormPrintException.class)
                .hasMessageContaining("{decision.nonsense}");
    }

    @Test
    void anUnknownBlockKeyIsABrokenFormText() {
        assertThatThrownBy(() -> form("[{\"type\":\"field\",\"valeu\":\"{clerk.name}\"}]"))
                .isInstanceOfSatisfying(FormPrintException.class,
                        e -> assertThat(e.reason()).isEqualTo(FormPrintException.Reason.BAD_FORM_TEXT));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "Күні: {decision.issuedOn};Күні: 16.03.2026",
            "Күні: {date:decision.issuedOn|DD/MM/YYYY};Күні: 16/03/2026",
            "{date:decision.issuedOn|YYYY} жылғы {date:decision.issuedOn|DD} {date:decision.issuedOn|MMMM}"
                    + ";2026 жылғы 16 наурыз",
            "{country:applicant.citizenship};Өзбекстан",
            "{region:household.region};Астана қаласы",
            "{today};02.03.2026"})
    void valuesPrintInTheFormsLanguageAndDateStyle(String template, String expected) {
        PrintData data = PrintData.builder(DAY).put("decision.issuedOn", "2026-03-16")
                .put("applicant.citizenship", "UZB").put("household.region", "710000000").build();
        assertThat(print(template, data)).contains(expected);
    }

    @Test
    void anEmptyDateWithAPatternLeavesThePatternsBlank() {
        assertThat(print("Күні: {date:decision.issuedOn|DD/MM/YYYY}", PrintData.empty(DAY)))
                .contains("Күні: __/__/____");
    }

    @Test
    void fullNamesAreDerivedFromTheirParts() {
        PrintData data = PrintData.builder(DAY).put("applicant.surname", "Каримов")
                .put("applicant.givenNames", "Алишер")
                .put("employer.surname", "Сейтқали").put("employer.givenNames", "Әйгерім")
                .put("employer.patronymic", "Нұрланқызы").build();
        assertThat(data.text("applicant.fullName")).contains("Каримов Алишер");
        assertThat(data.text("employer.fullName")).contains("Сейтқали Әйгерім Нұрланқызы");
    }

    @Test
    void theStruckOutWordsOfAChoiceStayReadable() {
        FormText form = form("[{\"type\":\"choice\",\"options\":[{\"id\":\"issue\",\"text\":\"беру\"},"
                + "{\"id\":\"extend\",\"text\":\"ұзарту\"}],\"selected\":\"{service.action}\"}]");
        PrintData data = PrintData.builder(DAY).put("service.action", "extend").build();
        assertThat(FormFixtures.extract(FormFixtures.RENDERER.render(form, data, FormFixtures.FIXED)))
                .contains("беру/ұзарту");
    }

    @Test
    void everyApplicationIdOfTheVocabularyIsInTheSharedFormat() throws IOException {
        String doc = Files.readString(Path.of("../docs/application-format.md"));
        for (String id : Placeholders.APPLICATION_IDS) {
            String last = id.substring(id.lastIndexOf('.') + 1);
            assertThat(doc).as(id).containsAnyOf("`" + id + "`", "`." + last + "`", "." + last + "`", "/ `." + last);
        }
    }

    @Test
    void fixedPhrasesAreTheTextBetweenPlaceholders() {
        assertThat(Placeholders.fixedPhrases("Т.А.Ә.: {applicant.latinName} төлқұжат №: {applicant.document.number}"))
                .isEqualTo(List.of("Т.А.Ә.:", "төлқұжат №:"));
    }
}
