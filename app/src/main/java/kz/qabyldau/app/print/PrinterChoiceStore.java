package kz.qabyldau.app.print;

import java.util.Optional;

/**
 * Remembers the chosen printer per workstation. The settings store implements it; tests and the
 * command line use {@link #inMemory()}.
 */
public interface PrinterChoiceStore {

    Optional<PrinterChoice> load();

    void save(PrinterChoice choice);

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
