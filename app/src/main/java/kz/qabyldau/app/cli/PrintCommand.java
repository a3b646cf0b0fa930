package kz.qabyldau.app.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.Supplier;

import kz.qabyldau.app.config.PrivateFiles;
import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.print.FormPrinter;
import kz.qabyldau.app.print.PrintServices;
import kz.qabyldau.app.print.PrinterChoiceStore;
import kz.qabyldau.app.print.PrintingException;
import kz.qabyldau.app.print.SystemViewer;
import kz.qabyldau.forms.print.FormPrintException;
import kz.qabyldau.forms.print.FormRenderer;
import kz.qabyldau.forms.print.FormText;
import kz.qabyldau.forms.print.FormTexts;
import kz.qabyldau.forms.print.PrintData;
import kz.qabyldau.forms.print.PrintDataReader;
import kz.qabyldau.forms.print.RenderOptions;
import java.util.ArrayList;

/**
 * {@code print FORM DATA.json --lang kk|ru --out FILE.pdf [--training] [--printer] [--open]}:
 * renders an official form from an application or print request and saves it as PDF/A;
 * {@code --printer} also sends it to this workstation's printer, {@code --open} opens it in the
 * system's PDF viewer. Exit codes: 0 done, 1 the file could not be
 * written, 2 bad input, 3 the form was saved but could not be printed.
 */
public final class PrintCommand implements Command {

    private final FormTexts texts = new FormTexts();
    private final Supplier<FormRenderer> renderer;
    private final FormPrinter printer;
    private final SystemViewer viewer = new SystemViewer();

    public PrintCommand() {
        this(new FormPrinter(PrintServices.system(), PrinterChoiceStore.inMemory()));
    }

    PrintCommand(FormPrinter printer) {
        // The renderer parses the font: only when a form is printed, not for --help.
        this.renderer = new Supplier<>() {
            private FormRenderer instance;

            @Override
            public synchronized FormRenderer get() {
                if (instance == null) {
                    instance = new FormRenderer();
                }
                return instance;
            }
        };
        this.printer = printer;
    }

    @Override
    public String name() {
        return "print";
    }

    @Override
    public String summary() {
        return "render an official form (appendix) as PDF: print FORM DATA.json --lang kk|ru --out FILE.pdf";
    }

    @Override
    public String usage() {
        return "Usage: qabyldau print FORM DATA.json --lang kk|ru --out FILE.pdf [--training] [--printer] [--open]\n\n"
                + "FORM is one of: " + String.join(", ", FormTexts.FORM_IDS) + "\n"
                + "DATA is an application (qabyldau.application/1) or a print request (qabyldau.print/1)\n"
                + "with the decision, receipt, office and clerk; see docs/form-texts.md and docs/examples/.\n\n"
                + "  --lang kk|ru   the language of the form\n"
                + "  --out FILE     where to save the PDF (PDF/A-2b)\n"
                + "  --training     print \"ҮЛГІ / ОБРАЗЕЦ\" across every page\n"
                + "  --printer      also send the form to this workstation's printer\n"
                + "  --open         also open the form in the system's PDF viewer\n\n"
                + "Exit codes: 0 done, 1 the file could not be written, 2 bad input, 3 saved but not printed\n"
                + "or not opened.\n";
    }

    @Override
    public int run(List<String> args, LaunchOptions options, PrintStream out, PrintStream err) {
        Request request;
        try {
            request = Request.parse(args, options.training());
        } catch (IllegalArgumentException e) {
            err.println("qabyldau print: " + e.getMessage());
            err.print(usage());
            return 2;
        }
        byte[] pdf;
        try {
            FormText text = texts.load(request.form(), request.lang());
            PrintData data = read(request.data());
            pdf = renderer.get().render(text, data, new RenderOptions(request.training(), ZonedDateTime.now()));
        } catch (FormPrintException e) {
            err.println("qabyldau print: " + e.getMessage());
            return 2;
        } catch (NoSuchFileException e) {
            err.println("qabyldau print: no such data file: " + request.data());
            return 2;
        } catch (IOException e) {
            err.println("qabyldau print: cannot read " + request.data() + ": " + e.getMessage());
            return 2;
        }
        try {
            Path parent = request.out().toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            // A temporary file renamed over the target: a full disk never leaves half a PDF, or breaks
            // the one that was there. Private (0600): a printed form is personal data.
            PrivateFiles.writeAtomically(request.out(), pdf);
        } catch (IOException e) {
            err.println("qabyldau print: cannot write " + request.out() + ": " + e.getMessage());
            return 1;
        }
        out.println("saved " + request.out() + " (" + request.form() + ", " + request.lang() + ", " + pdf.length
                + " bytes)");
        try {
            if (request.print()) {
                out.println("printed on " + printer.print(pdf,
                        request.form() + " " + request.out().getFileName()).printer());
            }
            if (request.open()) {
                viewer.open(request.out());
            }
        } catch (PrintingException e) {
            err.println("qabyldau print: " + e.getMessage());
            return 3;
        }
        return 0;
    }

    private static PrintData read(Path data) throws IOException {
        try (InputStream in = Files.newInputStream(data)) {
            return new PrintDataReader().read(in, LocalDate.now());
        }
    }

    /** The parsed command line. */
    record Request(String form, Path data, String lang, Path out, boolean training, boolean print, boolean open) {

        static Request parse(List<String> args, boolean training) {
            String lang = null;
            Path out = null;
            boolean print = false;
            boolean open = false;
            List<String> positional = new ArrayList<>();
            for (int i = 0; i < args.size(); i++) {
                String a = args.get(i);
                switch (a) {
                    case "--lang" -> lang = value(args, ++i, a);
                    case "--out" -> out = Path.of(value(args, ++i, a));
                    case "--training" -> training = true;
                    case "--printer" -> print = true;
                    case "--open" -> open = true;
                    default -> {
                        if (a.startsWith("--lang=")) {
                            lang = a.substring(7);
                        } else if (a.startsWith("--out=")) {
                            out = Path.of(a.substring(6));
                        } else if (a.startsWith("-")) {
                            throw new IllegalArgumentException("unknown option " + a);
                        } else {
                            positional.add(a);
                        }
                    }
                }
            }
            if (positional.size() != 2) {
                throw new IllegalArgumentException("expected FORM and DATA.json, got " + positional.size()
                        + " argument(s)");
            }
            if (!FormTexts.FORM_IDS.contains(positional.get(0))) {
                throw new IllegalArgumentException("unknown form '" + positional.get(0) + "'");
            }
            if (lang == null || !FormTexts.LANGUAGES.contains(lang)) {
                throw new IllegalArgumentException("--lang must be kk or ru");
            }
            if (out == null) {
                throw new IllegalArgumentException("--out FILE.pdf is required");
            }
            return new Request(positional.get(0), Path.of(positional.get(1)), lang, out, training, print, open);
        }

        private static String value(List<String> args, int i, String option) {
            if (i >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            return args.get(i);
        }
    }
}
