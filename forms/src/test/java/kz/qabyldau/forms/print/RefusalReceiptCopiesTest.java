package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** p.17, App. 4: the receipt is made in two copies, one for each party, in one print job. */
class RefusalReceiptCopiesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kk, Бірінші дана, Екінші дана", "ru, Первый экземпляр, Второй экземпляр"})
    void app4_printsTwoCopiesEachMarked(String lang, String first, String second) throws IOException {
        FormFixtures.FormFile file = new FormFixtures.FormFile("permit-app4", lang);
        byte[] pdf = FormFixtures.RENDERER.render(file.text(), file.example(), FormFixtures.FIXED);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.getNumberOfPages()).isEqualTo(2);
            String page1 = page(doc, 1);
            String page2 = page(doc, 2);
            assertThat(page1).contains(first).doesNotContain(second);
            assertThat(page2).contains(second).doesNotContain(first);
            String title = ((Block.Title) file.text().blocks().get(1)).text();
            assertThat(page1).contains(title);
            assertThat(page2).contains(title);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"kk", "ru"})
    void app4_bothCopiesListTheMissingDocuments(String lang) throws IOException {
        FormFixtures.FormFile file = new FormFixtures.FormFile("permit-app4", lang);
        PrintData data = file.example();
        byte[] pdf = FormFixtures.RENDERER.render(file.text(), data, FormFixtures.FIXED);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= 2; p++) {
                String page = FormFixtures.squeeze(page(doc, p));
                for (String line : data.list("receipt.lines")) {
                    assertThat(page).contains(FormFixtures.squeeze(line));
                }
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
