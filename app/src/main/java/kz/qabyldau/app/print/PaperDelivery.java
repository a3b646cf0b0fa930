package kz.qabyldau.app.print;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.PrivateFiles;

/**
 * The one printing policy of the desk (intake and handout alike): print on this workstation's printer; where there
 * is none (normal in a district office) save the PDF privately in the data folder's printed forms and open it in
 * the viewer, so it can be printed elsewhere. The file is readable by the clerk's account only and is named by form
 * and time, never by the person (no personal data in file names, the log or {@code /tmp}).
 */
public final class PaperDelivery {

    private static final Logger LOG = LoggerFactory.getLogger(PaperDelivery.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss-SSS");

    /**
     * Where a form went.
     *
     * @param printer    the printer it was sent to, if printed
     * @param savedTo    the file it was saved to, if not printed (or the clerk asked to see it)
     * @param notPrinted why it was not printed, if it was not
     * @param notOpened  why the viewer could not show the saved file, if it could not
     */
    public record Delivery(Optional<String> printer, Optional<Path> savedTo, Optional<PrintingException> notPrinted,
                           Optional<PrintingException> notOpened) {

        /** Printed on {@code printer}. */
        public static Delivery printedOn(String printer) {
            return new Delivery(Optional.of(printer), Optional.empty(), Optional.empty(), Optional.empty());
        }
    }

    private final FormPrinter printer;
    private final PrintEnvironment.Viewer viewer;
    private final Path folder;
    private final Clock clock;

    /**
     * @param folder the printed forms' folder of this run ({@code printed/}, or {@code printed-training/} in
     *               training, of the data folder)
     */
    public PaperDelivery(PrintEnvironment environment, PrinterChoiceStore choices, Path folder, Clock clock) {
        this.printer = new FormPrinter(environment.printers(), choices);
        this.viewer = environment.viewer();
        this.folder = Objects.requireNonNull(folder);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The folder saved forms go to. */
    public Path folder() {
        return folder;
    }

    /**
     * Prints {@code pdf}; if it cannot be printed, saves it and opens it in the viewer.
     *
     * @param form the form's id (the printer queue's job name and the file's name; never personal data)
     * @throws IOException if it could not be printed and not saved either
     */
    public Delivery deliver(byte[] pdf, String form) throws IOException {
        try {
            PrinterChoice used = printer.print(pdf, form);
            return new Delivery(Optional.of(used.printer()), Optional.empty(), Optional.empty(), Optional.empty());
        } catch (PrintingException notPrinted) {
            LOG.info("{} not printed ({}): saved and opened instead", form, notPrinted.problem());
            Delivery shown = show(pdf, form);
            return new Delivery(Optional.empty(), shown.savedTo(), Optional.of(notPrinted), shown.notOpened());
        }
    }

    /** Saves {@code pdf} and opens it in the viewer (the clerk asked to see the form, or to print it elsewhere). */
    public Delivery show(byte[] pdf, String form) throws IOException {
        Path file = save(pdf, form);
        try {
            viewer.open(file);
            return new Delivery(Optional.empty(), Optional.of(file), Optional.empty(), Optional.empty());
        } catch (PrintingException notOpened) {
            LOG.info("{} saved but not opened: {}", form, notOpened.problem());
            return new Delivery(Optional.empty(), Optional.of(file), Optional.empty(), Optional.of(notOpened));
        }
    }

    private Path save(byte[] pdf, String form) throws IOException {
        PrivateFiles.folder(folder);
        Path file = folder.resolve(form.replaceAll("[^A-Za-z0-9.-]", "_") + "-"
                + STAMP.format(LocalDateTime.now(clock)) + ".pdf");
        // Private from its first byte (a temporary file renamed into place), and gone when the program
        // exits: the record keeps its own sealed copy (store.applications.PrintedForms) for a reprint.
        PrivateFiles.writeAtomically(file, pdf);
        file.toFile().deleteOnExit();
        return file;
    }

    /**
     * Removes the forms an earlier run saved for the viewer (one that crashed, or whose viewer still held
     * them at exit): called once at start by whoever assembles the workstation.
     */
    public static void removeEarlierCopies(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> saved = Files.newDirectoryStream(folder, "*.pdf")) {
            for (Path file : saved) {
                Files.deleteIfExists(file);
            }
        }
    }
}
