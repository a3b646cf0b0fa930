package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** p.17, App. 4: the receipt is made in two copies, one for each party, in one print job. */
class RefusalReceiptCopiesTest {

    private static byte[] render(FormFixtures.FormFile file) {
        return FormFixtures.RENDERER.render(file.text(), file.example(), FormFixtures.FIXED);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void app4_printsTwoCopiesEachMarkedWithItsLabel(String lang) throws IOException {
        FormFixtures.FormFile file = new FormFixtures.FormFile("permit-app4", lang);
        List<String> labels = file.text().copies();
        assertThat(labels).hasSize(2);
        try (PDDocument doc = Loader.loadPDF(render(file))) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            for (int copy = 0; copy < 2; copy++) {
                String page = FormFixtures.squeeze(page(doc, copy + 1));
                assertThat(page).contains(FormFixtures.squeeze(labels.get(copy)))
                        .doesNotContain(FormFixtures.squeeze(labels.get(1 - copy)));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"kk", "ru"})
    void app4_bothCopiesCarryTheWholeReceipt(String lang) throws IOException {
        FormFixtures.FormFile file = new FormFixtures.FormFile("permit-app4", lang);
        PrintData data = file.example();
        String title = file.text().blocks().stream().filter(b -> b instanceof Block.Title)
                .map(b -> ((Block.Title) b).text()).findFirst().orElseThrow();
        try (PDDocument doc = Loader.loadPDF(render(file))) {
            for (int p = 1; p <= 2; p++) {
                String page = FormFixtures.squeeze(page(doc, p));
                assertThat(page).contains(FormFixtures.squeeze(title));
                for (String line : data.list("receipt.lines")) {
                    assertThat(page).contains(FormFixtures.squeeze(line));
                }
                assertThat(page).contains(FormFixtures.squeeze(data.text("clerk.name").orElseThrow()))
                        .contains(FormFixtures.squeeze(data.text("applicant.fullName").orElseThrow()));
            }
        }
    }

    private static String page(PDDocument doc, int n) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(n);
        s.setEndPage(n);
        return s.getText(doc);
    }
}
