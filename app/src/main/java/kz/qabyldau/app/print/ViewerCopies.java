package kz.qabyldau.app.print;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.PrivateFiles;

/**
 * The copies of printed forms handed to the system's PDF viewer (no printer, or "open in viewer"). A
 * viewer needs a file, and a printed form is personal data: the copies go to the data folder's private
 * {@code printed/} folder (0700, files 0600), never to {@code /tmp}, and are removed when the program
 * exits and, whatever a crash left, at the next start. The record keeps its own sealed copy
 * ({@code store.applications.PrintedForms}).
 */
public final class ViewerCopies {

    private static final Logger LOG = LoggerFactory.getLogger(ViewerCopies.class);
    private static volatile Path folder;

    private ViewerCopies() {
    }

    /** Called once by whoever assembles the workstation: the folder, emptied of an earlier run's copies. */
    public static void keepIn(Path printedFolder) throws IOException {
        PrivateFiles.folder(printedFolder);
        try (DirectoryStream<Path> old = Files.newDirectoryStream(printedFolder, "*.pdf")) {
            for (Path file : old) {
                Files.deleteIfExists(file);
            }
        }
        folder = printedFolder;
    }

    /** Writes a private copy for the viewer, removed when the program exits. */
    public static Path write(String name, byte[] pdf) throws IOException {
        Path dir = folder;
        if (dir == null) {
            // Not assembled (a tool, a test): a private folder of its own, still not readable by others.
            dir = PrivateFiles.folder(Files.createTempDirectory("qabyldau-"));
            dir.toFile().deleteOnExit();
        }
        Path file = dir.resolve(name.replaceAll("[^\\p{L}\\p{N}._-]", "_") + "-" + System.currentTimeMillis()
                + ".pdf");
        PrivateFiles.writeAtomically(file, pdf);
        file.toFile().deleteOnExit();
        LOG.info("A copy of {} for the viewer: {}", name, file.getFileName());
        return file;
    }
}
