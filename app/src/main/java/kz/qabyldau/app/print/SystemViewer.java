package kz.qabyldau.app.print;

import java.awt.Desktop;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Opens a saved form in the system's PDF viewer, for a look or to print from there. */
public final class SystemViewer {

    /**
     * @throws PrintingException ({@code NO_VIEWER}) on a machine without a desktop or PDF viewer
     */
    public void open(Path pdf) throws PrintingException {
        if (!Desktop.isDesktopSupported() || !Desktop.getDesktop().isSupported(Desktop.Action.OPEN)) {
            throw new PrintingException(PrintingException.Problem.NO_VIEWER, List.of(pdf.toString()), null);
        }
        try {
            Desktop.getDesktop().open(pdf.toFile());
        } catch (IOException | UnsupportedOperationException e) {
            throw new PrintingException(PrintingException.Problem.NO_VIEWER, List.of(pdf.toString()), e);
        }
    }
}
