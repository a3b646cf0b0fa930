package kz.qabyldau.app.arch.samples.ui;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Wrong on purpose: a view that reads a file itself. */
public class ReadsFilesView {
    byte[] load(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
