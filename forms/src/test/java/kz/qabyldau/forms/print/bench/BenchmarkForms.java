package kz.qabyldau.forms.print.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import kz.qabyldau.forms.print.PrintData;
import kz.qabyldau.forms.print.PrintDataReader;

/** The example data of docs/examples, found from the project root or a module folder. */
final class BenchmarkForms {

    private BenchmarkForms() {
    }

    static PrintData example(String form) {
        Path dir = Files.isDirectory(Path.of("docs/examples")) ? Path.of("docs/examples") : Path.of("../docs/examples");
        try (InputStream in = Files.newInputStream(dir.resolve("print-" + form + ".json"))) {
            return new PrintDataReader().read(in, LocalDate.of(2026, 3, 2));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
