package kz.qabyldau.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.print.FormPrinter;
import kz.qabyldau.app.print.PrintServices;
import kz.qabyldau.app.print.PrinterChoiceStore;
import javax.print.PrintService;

class PrintCommandTest {

    private static final String EXAMPLES = "../docs/examples/";

    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(boolean training, String... args) {
        PrintCommand command = new PrintCommand(new FormPrinter(noPrinters(), PrinterChoiceStore.inMemory()));
        return command.run(List.of(args), new LaunchOptions(Optional.empty(), training),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private static PrintServices noPrinters() {
        return new PrintServices() {
            @Override
            public List<PrintService> all() {
                return List.of();
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Optional.empty();
            }
        };
    }

    private static String text(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private String errors() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"permit-app4, kk, Құжаттарды қабылдаудан бас тарту туралы қолхат",
            "permit-app4, ru, Расписка об отказе в приеме документов",
            "permit-app5, kk, KARIMOV ALISHER", "permit-app5, ru, KZ-71-2026-000123"})
    void printsAFormFromItsExample(String form, String lang, String expected) throws IOException {
        Path pdf = dir.resolve(form + "." + lang + ".pdf");
        assertThat(run(false, form, EXAMPLES + "print-" + form + ".json", "--lang", lang, "--out", pdf.toString()))
                .as(errors()).isZero();
        assertThat(text(pdf)).contains(expected);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("saved");
    }

    @Test
    void trainingAfterTheFormOrAsAGlobalOptionMarksThePages() throws IOException {
        Path a = dir.resolve("a.pdf");
        Path b = dir.resolve("b.pdf");
        assertThat(run(false, "permit-app5", EXAMPLES + "print-permit-app5.json", "--lang", "kk", "--out", a.toString(),
                "--training")).isZero();
        assertThat(run(true, "permit-app5", EXAMPLES + "print-permit-app5.json", "--lang=kk", "--out=" + b)).isZero();
        assertThat(text(a).replaceAll("\\s", "")).contains("ҮЛГІ/ОБРАЗЕЦ");
        assertThat(text(b).replaceAll("\\s", "")).contains("ҮЛГІ/ОБРАЗЕЦ");
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "permit-app99|print-permit-app4.json|--lang|kk|--out|x.pdf",
            "permit-app4|print-permit-app4.json|--lang|en|--out|x.pdf",
            "permit-app4|print-permit-app4.json|--out|x.pdf",
            "permit-app4|print-permit-app4.json|--lang|kk",
            "permit-app4|--lang|kk|--out|x.pdf",
            "permit-app4|print-permit-app4.json|--lang|kk|--out|x.pdf|--colour",
            "permit-app4|print-permit-app4.json|--lang"})
    void badCommandLinesExitWith2AndUsage(String line) {
        List<String> args = new ArrayList<>();
        for (String a : line.split("\\|")) {
            args.add(a.endsWith(".json") ? EXAMPLES + a : a.endsWith(".pdf") ? dir.resolve(a).toString() : a);
        }
        assertThat(run(false, args.toArray(String[]::new))).isEqualTo(2);
        assertThat(errors()).startsWith("qabyldau print: ").contains("Usage:");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aMissingDataFileIsExit2WithItsName() {
        assertThat(run(false, "permit-app4", dir.resolve("nope.json").toString(), "--lang", "kk", "--out",
                dir.resolve("x.pdf").toString())).isEqualTo(2);
        assertThat(errors()).contains("no such data file").contains("nope.json");
    }

    @Test
    void brokenJsonIsExit2() throws IOException {
        Path data = Files.writeString(dir.resolve("bad.json"), "{\"format\": \"qabyldau.print/1\", ");
        assertThat(run(false, "permit-app4", data.toString(), "--lang", "kk", "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(2);
        assertThat(errors()).contains("not valid JSON");
        assertThat(dir.resolve("x.pdf")).doesNotExist();
    }

    @Test
    void aValueTheFontCannotPrintIsExit2NamingTheCharacter() throws IOException {
        Path data = Files.writeString(dir.resolve("arabic.json"), "{\"format\":\"qabyldau.print/1\",\"application\":"
                + "{\"format\":\"qabyldau.application/1\",\"service\":\"permit.issue\","
                + "\"fields\":{\"applicant.surname\":\"محمد\"}}}");
        assertThat(run(false, "permit-app4", data.toString(), "--lang", "kk", "--out", dir.resolve("x.pdf").toString()))
                .isEqualTo(2);
        assertThat(errors()).contains("U+0645").contains("applicant.fullName");
    }

    @Test
    void withoutAPrinterTheFormIsSavedAndTheClerkIsToldClearly() {
        Path pdf = dir.resolve("p.pdf");
        assertThat(run(false, "permit-app5", EXAMPLES + "print-permit-app5.json", "--lang", "ru", "--out",
                pdf.toString(), "--printer")).isEqualTo(3);
        assertThat(pdf).exists();
        assertThat(errors()).contains("No printer is installed");
    }

    @Test
    void withoutADesktopTheFormIsSavedAndTheViewerProblemIsExplained() {
        Path pdf = dir.resolve("o.pdf");
        assertThat(run(false, "permit-app7", EXAMPLES + "print-permit-app7.json", "--lang", "kk", "--out",
                pdf.toString(), "--open")).isEqualTo(3);
        assertThat(pdf).exists();
        assertThat(errors()).contains("cannot open PDF files").contains("o.pdf");
    }

    @Test
    void isRegisteredWithTheLauncher() {
        assertThat(Commands.find("print")).isPresent();
    }
}
