package kz.qabyldau.app.print;

import java.util.List;
import java.util.Optional;

import javax.print.PrintService;
import javax.print.PrintServiceLookup;

/** The printers the system offers; an interface so tests can stand in for a machine without any. */
public interface PrintServices {

    List<PrintService> all();

    Optional<PrintService> systemDefault();

    /** The operating system's printers (CUPS on Linux, the spooler on Windows). */
    static PrintServices system() {
        return new PrintServices() {
            @Override
            public List<PrintService> all() {
                return List.of(PrintServiceLookup.lookupPrintServices(null, null));
            }

            @Override
            public Optional<PrintService> systemDefault() {
                return Optional.ofNullable(PrintServiceLookup.lookupDefaultPrintService());
            }
        };
    }
}
