package kz.qabyldau.forms.print;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Shared test material: the form text files found in the resources module (so a new form is
 * tested as soon as its file exists), the examples of {@code docs/examples}, text extraction.
 */
final class FormFixtures {

    static final Path FORMS_DIR = Path.of("../resources/src/main/resources/qabyldau/forms");
    static final Path EXAMPLES_DIR = Path.of("../docs/examples");
    static final RenderOptions FIXED = new RenderOptions(false,
            ZonedDateTime.of(2026, 3, 2, 10, 15, 0, 0, ZoneOffset.ofHours(5)));
    static final FormRenderer RENDERER = new FormRenderer();

    private FormFixtures() {
    }

    /** A form text file: form id and language. */
    record FormFile(String form, String language) {
        Path path() {
            return FORMS_DIR.resolve(form + "." + language + ".json");
        }

        FormText text() {
            try (InputStream in = Files.newInputStream(path())) {
                return FormTexts.parse(in, form + "." + language);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        PrintData example() {
            return FormFixtures.example(form);
        }

        @Override
        public String toString() {
            return form + "." + language;
        }
    }

    /** Every {@code <form>.<lang>.json} in the forms folder. */
    static Stream<FormFile> formFiles() {
        try (Stream<Path> files = Files.list(FORMS_DIR)) {
            List<FormFile> list = files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json"))
                    .sorted().map(n -> {
                        String base = n.substring(0, n.length() - ".json".length());
                        int dot = base.lastIndexOf('.');
                        return new FormFile(base.substring(0, dot), base.substring(dot + 1));
                    }).toList();
            if (list.isEmpty()) {
                throw new IllegalStateException("no form texts in " + FORMS_DIR.toAbsolutePath());
            }
            return list.stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PrintData example(String form) {
        try (InputStream in = Files.newInputStream(EXAMPLES_DIR.resolve("print-" + form + ".json"))) {
            return new PrintDataReader().read(in, LocalDate.of(2026, 3, 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String extract(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(false);
            return stripper.getText(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text without any whitespace: line breaks and justification gaps then do not matter. */
    static String squeeze(String s) {
        return PrintableText.clean(s).replaceAll("\\s+", "");
    }
}
