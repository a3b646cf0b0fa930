package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** App. 1: of "беру/ұзарту" the word that does not apply is struck out ("қажет емесін сызып тастау"). */
class ChoiceTest {

    private static final String CHOICE = "[{\"type\":\"choice\",\"options\":[{\"id\":\"issue\",\"text\":\"беруді\"},"
            + "{\"id\":\"extend\",\"text\":\"ұзартуды\"}],\"selected\":\"{service.action}\"}]";

    /** Which words of the choice are struck out, by text. */
    private static Map<String, Boolean> struck(String action) throws IOException {
        String json = "{\"form\":\"permit-app1\",\"language\":\"kk\",\"effectiveFrom\":\"2024-08-01\",\"source\":\"t\","
                + "\"blocks\":" + CHOICE + "}";
        FormText text = FormTexts.parse(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "t");
        PrintData data = PrintData.builder(LocalDate.of(2026, 3, 2)).put("service.action", action).build();
        try (PDDocument doc = new PDDocument()) {
            FormFonts.Faces faces = FormFonts.shared().embedInto(doc);
            FormValues values = new FormValues("permit-app1", data, "kk", new CodeNames(), FormFonts.shared());
            BlockLayout.Group group = new BlockLayout(values, faces).layout(text.blocks().get(0));
            return group.rows().stream().filter(r -> r instanceof BlockLayout.LineRow)
                    .flatMap(r -> ((BlockLayout.LineRow) r).words().stream()).flatMap(w -> w.parts().stream())
                    .filter(f -> !f.text().equals("/"))
                    .collect(Collectors.toMap(TextLayout.Fragment::text, TextLayout.Fragment::strike));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"issue, false, true", "extend, true, false"})
    void app1_theInapplicableWordIsStruckOut(String action, boolean issueStruck, boolean extendStruck)
            throws IOException {
        assertThat(struck(action)).containsEntry("беруді", issueStruck).containsEntry("ұзартуды", extendStruck);
    }

    @ParameterizedTest(name = "action \"{0}\"")
    @CsvSource({"duplicate", "''"})
    void app1_nothingIsStruckWhenNoOptionApplies(String action) throws IOException {
        assertThat(struck(action)).containsEntry("беруді", false).containsEntry("ұзартуды", false);
    }
}
