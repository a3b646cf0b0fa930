package kz.qabyldau.app.print;

import java.awt.print.PrinterException;
import java.awt.print.PrinterJob;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.print.PrintService;
import javax.print.attribute.HashPrintRequestAttributeSet;
import javax.print.attribute.PrintRequestAttributeSet;
import javax.print.attribute.standard.JobName;
import javax.print.attribute.standard.Media;
import javax.print.attribute.standard.MediaTray;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.printing.PDFPageable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends a rendered form straight to a printer: the remembered printer and tray of this
 * workstation, else the system's default printer, which is then remembered. Pages print at their
 * real size (A4), never scaled. A machine without printers gets a clear {@link PrintingException}.
 */
public final class FormPrinter {

    private static final Logger LOG = LoggerFactory.getLogger(FormPrinter.class);

    private final PrintServices services;
    private final PrinterChoiceStore choices;

    public FormPrinter(PrintServices services, PrinterChoiceStore choices) {
        this.services = services;
        this.choices = choices;
    }

    /**
     * Prints a PDF.
     *
     * @param jobName shown in the printer queue (e.g. "permit-app4 KARIMOV")
     * @return the printer it went to
     */
    public PrinterChoice print(byte[] pdf, String jobName) throws PrintingException {
        PrinterChoice choice = choose();
        PrintService service = find(choice.printer()).orElseThrow(
                () -> new PrintingException(PrintingException.Problem.PRINTER_NOT_FOUND, List.of(choice.printer()),
                        null));
        PrintRequestAttributeSet attributes = new HashPrintRequestAttributeSet();
        attributes.add(new JobName(jobName, null));
        choice.tray().flatMap(t -> tray(service, t)).ifPresent(attributes::add);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PrinterJob job = PrinterJob.getPrinterJob();
            job.setPrintService(service);
            job.setPageable(new PDFPageable(doc));
            job.setJobName(jobName);
            job.print(attributes);
        } catch (PrinterException | IOException e) {
            LOG.warn("printing {} on {} failed", jobName, choice.printer(), e);
            throw new PrintingException(PrintingException.Problem.PRINTER_FAILED,
                    List.of(String.valueOf(e.getMessage())), e);
        }
        choices.save(choice);
        LOG.info("printed {} on {}", jobName, choice.printer());
        return choice;
    }

    /** The remembered printer, or the system default when nothing is remembered. */
    PrinterChoice choose() throws PrintingException {
        Optional<PrinterChoice> remembered = choices.load();
        if (remembered.isPresent()) {
            return remembered.get();
        }
        PrintService fallback = services.systemDefault().or(() -> services.all().stream().findFirst())
                .orElseThrow(() -> new PrintingException(PrintingException.Problem.NO_PRINTER, List.of(), null));
        return new PrinterChoice(fallback.getName(), Optional.empty());
    }

    private Optional<PrintService> find(String name) throws PrintingException {
        List<PrintService> all = services.all();
        if (all.isEmpty()) {
            throw new PrintingException(PrintingException.Problem.NO_PRINTER, List.of(), null);
        }
        return all.stream().filter(s -> s.getName().equals(name)).findFirst();
    }

    private static Optional<MediaTray> tray(PrintService service, String name) {
        Object values = service.getSupportedAttributeValues(Media.class, null, null);
        if (!(values instanceof Media[] media)) {
            return Optional.empty();
        }
        return Arrays.stream(media).filter(m -> m instanceof MediaTray && m.toString().equals(name))
                .map(m -> (MediaTray) m).findFirst();
    }
}
