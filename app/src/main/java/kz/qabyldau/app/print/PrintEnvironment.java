package kz.qabyldau.app.print;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Objects;

import javax.print.PrintService;

/**
 * What this computer offers to put a form on paper: its printers and a viewer for a saved PDF. The window is
 * assembled with {@link #system()}; tests pass a machine without printers or viewer instead of a test hook in
 * production code.
 *
 * @param printers the printers installed
 * @param viewer   opens a saved PDF for the clerk
 */
public record PrintEnvironment(PrintServices printers, Viewer viewer) {

    /** Opens a saved PDF (the system's viewer), or says why it cannot. */
    @FunctionalInterface
    public interface Viewer {
        void open(Path pdf) throws PrintingException;
    }

    public PrintEnvironment {
        Objects.requireNonNull(printers);
        Objects.requireNonNull(viewer);
    }

    /** The computer's own printers and PDF viewer. */
    public static PrintEnvironment system() {
        return new PrintEnvironment(PrintServices.system(), new SystemViewer()::open);
    }

    /** A computer with no printer and no viewer: every form is only saved (tests, demonstrations). */
    public static PrintEnvironment saveOnly() {
        return new PrintEnvironment(new PrintServices() {
            @Override
            public List<PrintService> all() {
                return List.of();
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Optional.empty();
            }
        }, pdf -> {
            throw new PrintingException(PrintingException.Problem.NO_VIEWER, List.of(pdf.toString()), null);
        });
    }
}
