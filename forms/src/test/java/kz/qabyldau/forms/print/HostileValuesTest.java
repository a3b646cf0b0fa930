package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Values a clerk (or a scanner, or a copy-paste) may produce: very long names, line breaks,
 * right-to-left and combining characters, characters the font lacks. The PDF never overflows
 * the page, never overlaps text, and never prints a hole: it is right or it is refused with a
 * clear message.
 */
class HostileValuesTest {

    private static final float LEFT = PageCanvas.LEFT;
    private static final float RIGHT_EDGE = PageCanvas.A4.getWidth() - PageCanvas.RIGHT;
    private static final float BOTTOM_EDGE = PageCanvas.A4.getHeight() - PageCanvas.BOTTOM;

    private static String longName(boolean withSpaces) {
        StringBuilder sb = new StringBuilder();
        String syllables = "ӘҒҚҢӨҰҮҺІәғқңөұүһі";
        for (int i = 0; sb.length() < 300; i++) {
            sb.append(syllables.charAt(i % syllables.length())).append("аб");
            if (withSpaces && i % 4 == 3) {
                sb.append(' ');
            }
        }
        return sb.substring(0, 300);
    }

    private static byte[] render(String form, String lang, PrintData data) {
        return FormFixtures.RENDERER.render(new FormFixtures.FormFile(form, lang).text(), data, FormFixtures.FIXED);
    }

    private static PrintData.Builder receipt() {
        return PrintData.builder(LocalDate.of(2026, 3, 2)).put("service.action", "issue")
                .put("clerk.name", "Жұмабекова Динара Серікқызы")
                .putList("receipt.lines", List.of("Медициналық анықтама (028/Е нысаны) – ұсынылмаған"));
    }

    @ParameterizedTest(name = "spaces={0}")
    @ValueSource(booleans = {true, false})
    void a300CharacterNameWrapsInsideTheMarginsWithoutOverlap(boolean withSpaces) {
        String name = longName(withSpaces);
        byte[] pdf = render("permit-app4", "kk", receipt().put("applicant.surname", name).build());
        assertInsideMarginsWithoutOverlap(pdf);
        assertThat(FormFixtures.squeeze(FormFixtures.extract(pdf))).contains(FormFixtures.squeeze(name));
    }

    @Test
    void aLongPermitPageOfValuesStaysInsideTheMargins() {
        String name = longName(false);
        PrintData data = PrintData.builder(LocalDate.of(2026, 3, 16)).put("applicant.latinName", name)
                .put("decision.authority", longName(true)).put("decision.region", name)
                .put("decision.signerName", name).put("decision.permitNumber", name).build();
        byte[] pdf = render("permit-app5", "ru", data);
        assertInsideMarginsWithoutOverlap(pdf);
    }

    @Test
    void manyReceiptLinesBreakOntoNewPagesAndEveryCopyIsComplete() throws IOException {
        List<String> lines = new ArrayList<>();
        for (int i = 1; i <= 60; i++) {
            lines.add("Құжат № " + i + " – қолданылу мерзімі өткен");
        }
        byte[] pdf = render("permit-app4", "kk", receipt().putList("receipt.lines", lines).build());
        assertInsideMarginsWithoutOverlap(pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(4);
        }
        String text = FormFixtures.squeeze(FormFixtures.extract(pdf));
        assertThat(text.split(FormFixtures.squeeze("Құжат № 60 –"), -1)).hasSize(3); // once per copy
    }

    @Test
    void lineBreaksAndTabsInAValueBecomeSpaces() {
        byte[] pdf = render("permit-app4", "kk", receipt().put("applicant.surname",
                "Каримов\r\nАлишер\tРустамович").build());
        assertThat(FormFixtures.extract(pdf)).contains("Каримов Алишер Рустамович");
    }

    @Test
    void combiningMarksAreComposedSoTheyExtractAsTheLetter() {
        // "Й" typed as И + combining breve, "ё" as е + combining diaeresis
        byte[] pdf = render("permit-app4", "ru", receipt().put("applicant.surname",
                "И\u0306лдырым Се\u0308ме\u0308н").build());
        assertThat(FormFixtures.extract(pdf)).contains("Йлдырым").contains("Сёмён");
    }

    @Test
    void aCombiningMarkWithoutAPrecomposedLetterIsPrintedWithTheFontsMark() {
        byte[] pdf = render("permit-app4", "kk", receipt().put("applicant.surname", "Zq\u0307a").build());
        assertThat(FormFixtures.extract(pdf)).contains("Zq\u0307a");
    }

    @Test
    void rightToLeftNamesExtractInTheirLogicalOrder() {
        byte[] pdf = render("permit-app4", "kk", receipt().put("applicant.surname", "דוד כהן").build());
        String text = FormFixtures.extract(pdf);
        assertThat(text).contains("דוד").contains("כהן");
    }

    @Test
    void latinLettersThatFormLigaturesStayLettersInTheText() {
        byte[] pdf = render("permit-app4", "kk", receipt().put("applicant.surname", "Sofia Fiffler Waffle").build());
        assertThat(FormFixtures.extract(pdf)).contains("Sofia Fiffler Waffle");
    }

    @Test
    void invisibleFormattingCharactersAreDropped() {
        byte[] pdf = render("permit-app4", "kk", receipt().put("applicant.surname",
                "Ali\u200Bsher\u202E\uFEFF Karimov").build());
        assertThat(FormFixtures.extract(pdf)).contains("Alisher Karimov");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"محمد", "王小明", "Ali 😀"})
    void charactersTheFontLacksAreRefusedWithTheFieldAndCharacterNamed(String name) {
        assertThatThrownBy(() -> render("permit-app4", "kk", receipt().put("applicant.surname", name).build()))
                .isInstanceOfSatisfying(FormPrintException.class, e -> {
                    assertThat(e.reason()).isEqualTo(FormPrintException.Reason.UNPRINTABLE_CHARACTERS);
                    assertThat(e.getMessage()).contains("applicant.fullName").contains("U+");
                });
    }

    @Test
    void emptyOptionalValuesLeaveTheBlankLineOfTheForm() {
        byte[] pdf = render("permit-app5", "kk", PrintData.empty(LocalDate.of(2026, 3, 16)));
        String text = FormFixtures.squeeze(FormFixtures.extract(pdf));
        assertThat(text).contains("РҰҚСАТ№" + FormValues.BLANK).contains("ЖСН:" + FormValues.BLANK)
                .contains("күні:__/__/____");
    }

    static Stream<FormFixtures.FormFile> files() {
        return FormFixtures.formFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFormStaysInsideTheMarginsWithoutOverlap(FormFixtures.FormFile file) {
        assertInsideMarginsWithoutOverlap(FormFixtures.RENDERER.render(file.text(), file.example(),
                FormFixtures.FIXED));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFormFilledWithLongValuesStaysInsideTheMarginsWithoutOverlap(FormFixtures.FormFile file) {
        PrintData.Builder b = PrintData.builder(LocalDate.of(2026, 3, 2)).put("service.action", "extend");
        for (String id : Placeholders.KNOWN_IDS) {
            if (!id.equals("service.action") && !id.equals("today") && !id.contains("Date") && !id.contains("On")
                    && !id.contains("valid") && !id.contains("Until") && !id.equals("termination.date")) {
                b.put(id, longName(true));
            }
        }
        b.putList("receipt.lines", List.of(longName(true), longName(false)));
        b.putList("application.attachments", List.of(longName(true)));
        assertInsideMarginsWithoutOverlap(FormFixtures.RENDERER.render(file.text(), b.build(), FormFixtures.FIXED));
    }

    private static void assertInsideMarginsWithoutOverlap(byte[] pdf) {
        List<GlyphBoxes.Box> boxes = GlyphBoxes.of(pdf);
        assertThat(boxes).isNotEmpty();
        List<GlyphBoxes.Box> outside = boxes.stream().filter(b -> b.x() < LEFT - 0.5f
                || b.x() + b.w() > RIGHT_EDGE + 0.5f || b.bottom() > BOTTOM_EDGE + 0.5f).toList();
        assertThat(outside).as("glyphs outside the margins").isEmpty();
        List<String> overlaps = new ArrayList<>();
        List<GlyphBoxes.Box> sorted = new ArrayList<>(boxes);
        sorted.sort(Comparator.comparingInt(GlyphBoxes.Box::page).thenComparingDouble(GlyphBoxes.Box::top));
        for (int i = 0; i < sorted.size(); i++) {
            GlyphBoxes.Box a = sorted.get(i);
            // only boxes starting above a's bottom on the same page can overlap it
            for (int j = i + 1; j < sorted.size() && sorted.get(j).page() == a.page()
                    && sorted.get(j).top() < a.bottom(); j++) {
                GlyphBoxes.Box b = sorted.get(j);
                if (a.overlaps(b)) {
                    overlaps.add(a + " / " + b);
                }
            }
        }
        assertThat(overlaps).as("overlapping glyphs").isEmpty();
    }
}
