package kz.qabyldau.app.ui.settings;

import java.util.List;

/**
 * A printer the clerk can choose on the Settings page, with the input trays it reports.
 *
 * @param name  the print service's name as the system reports it (what {@code FormPrinter} looks up)
 * @param trays the names of its trays ({@code MediaTray} values); empty when it reports none
 */
public record PrinterOption(String name, List<String> trays) {

    public PrinterOption {
        trays = List.copyOf(trays);
    }
}
