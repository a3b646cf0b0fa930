package kz.qabyldau.forms.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.assertj.core.api.Assertions;

/** Every form, plain and in training mode, is PDF/A-2b according to veraPDF. */
class PdfAComplianceTest {

    @BeforeAll
    static void initialiseVeraPdf() {
        VeraGreenfieldFoundryProvider.initialise();
    }

    static Stream<FormFixtures.FormFile> files() {
        return FormFixtures.formFiles();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("files")
    void everyFormIsPdfA2b(FormFixtures.FormFile file) throws Exception {
        byte[] pdf = FormFixtures.RENDERER.render(file.text(), file.example(), FormFixtures.FIXED);
        assertPdfA2b(pdf);
    }

    @Test
    void trainingWatermarkKeepsPdfA2b() throws Exception {
        FormFixtures.FormFile file = new FormFixtures.FormFile("permit-app5", "kk");
        byte[] pdf = FormFixtures.RENDERER.render(file.text(), file.example(), RenderOptions.trainingMode());
        assertPdfA2b(pdf);
    }

    @Test
    void warmUpRendersItsBuiltInForm() {
        Assertions.assertThatCode(() -> new FormRenderer().warmUp()).doesNotThrowAnyException();
    }

    @Test
    void fontsAreEmbeddedSubsetsAndTheFileIsNotEncrypted() throws Exception {
        FormFixtures.FormFile file = new FormFixtures.FormFile("permit-app4", "kk");
        byte[] pdf = FormFixtures.RENDERER.render(file.text(), file.example(), FormFixtures.FIXED);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            assertThat(doc.isEncrypted()).isFalse();
            assertThat(doc.getDocumentCatalog().getOutputIntents()).hasSize(1);
            for (var name : doc.getPage(0).getResources().getFontNames()) {
                PDFont font = doc.getPage(0).getResources().getFont(name);
                assertThat(font.isEmbedded()).as(font.getName()).isTrue();
                assertThat(font.getName()).matches("[A-Z]{6}\\+LiberationSerif.*");
            }
        }
    }

    private static void assertPdfA2b(byte[] pdf) throws Exception {
        PDFAFlavour flavour = PDFAFlavour.PDFA_2_B;
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            String failures = result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .map(a -> a.getRuleId().getClause() + "/" + a.getRuleId().getTestNumber() + ": " + a.getMessage())
                    .distinct().collect(Collectors.joining("\n"));
            assertThat(result.isCompliant()).as(failures).isTrue();
        }
    }
}
