package kz.qabyldau.app.print;

import java.util.Optional;

import kz.qabyldau.app.settings.WorkstationPreferences;

/**
 * Remembers the chosen printer (and tray) per workstation: {@link #of(WorkstationPreferences)} in
 * the workstation's database; tests and the command line use {@link #inMemory()}.
 */
public interface PrinterChoiceStore {

    /** Preference key of the remembered printer. */
    String PRINTER = "printer.name";
    /** Preference key of the remembered tray (empty: the printer's default tray). */
    String TRAY = "printer.tray";

    Optional<PrinterChoice> load();

    void save(PrinterChoice choice);

    /** The choice kept in the workstation's preferences, so it survives a restart. */
    static PrinterChoiceStore of(WorkstationPreferences preferences) {
        return new PrinterChoiceStore() {
            @Override
            public Optional<PrinterChoice> load() {
                return preferences.preference(PRINTER)
                        .map(printer -> new PrinterChoice(printer, preferences.preference(TRAY)));
            }

            @Override
            public void save(PrinterChoice choice) {
                preferences.savePreference(PRINTER, choice.printer());
                preferences.savePreference(TRAY, choice.tray().orElse(""));
            }
        };
    }

    /** A store that forgets when the process ends. */
    static PrinterChoiceStore inMemory() {
        return new PrinterChoiceStore() {
            private PrinterChoice choice;

            @Override
            public synchronized Optional<PrinterChoice> load() {
                return Optional.ofNullable(choice);
            }

            @Override
            public synchronized void save(PrinterChoice c) {
                this.choice = c;
            }
        };
    }
}
