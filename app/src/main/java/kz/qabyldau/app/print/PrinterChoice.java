package kz.qabyldau.app.print;

import java.util.Optional;

/**
 * The printer (and tray) a workstation prints forms on, remembered between sessions.
 *
 * @param printer the print service's name as the system reports it
 * @param tray    the input tray's name, if the clerk chose one (e.g. a tray with the office's blanks)
 */
public record PrinterChoice(String printer, Optional<String> tray) {
}
