package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Training mode prints "ҮЛГІ / ОБРАЗЕЦ" across every page; real documents never carry it. */
class TrainingModeTest {

    static Stream<FormFixtures.FormFile> files() {
        return FormFixtures.formFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void trainingMarksEveryPage(FormFixtures.FormFile file) throws IOException {
        byte[] pdf = FormFixtures.RENDERER.render(file.text(), file.example(), RenderOptions.trainingMode());
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                assertThat(FormFixtures.squeeze(s.getText(doc))).as("page %d", p)
                        .contains(FormFixtures.squeeze(PageCanvas.WATERMARK));
            }
        }
    }

    @Test
    void realDocumentsCarryNoWatermark() {
        FormFixtures.FormFile file = new FormFixtures.FormFile("permit-app5", "kk");
        byte[] pdf = FormFixtures.RENDERER.render(file.text(), file.example(), FormFixtures.FIXED);
        assertThat(FormFixtures.extract(pdf)).doesNotContain("ҮЛГІ").doesNotContain("ОБРАЗЕЦ");
    }
}
