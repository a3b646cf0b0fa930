package kz.qabyldau.app.print;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.SqliteSettingsStore;

/** Issue #4: "the chosen printer and tray remembered per workstation". */
class PrinterChoiceStoreTest {

    @TempDir
    Path temp;

    @Test
    void theChosenPrinterAndTrayAreRememberedAcrossRestarts() {
        try (Database db = Database.open(DataFolder.at(temp, false))) {
            PrinterChoiceStore store = PrinterChoiceStore.of(new SqliteSettingsStore(db));
            assertThat(store.load()).isEmpty();
            store.save(new PrinterChoice("Kyocera FS-1040", Optional.of("Tray 2")));
        }
        try (Database db = Database.open(DataFolder.at(temp, false))) {
            assertThat(PrinterChoiceStore.of(new SqliteSettingsStore(db)).load())
                    .contains(new PrinterChoice("Kyocera FS-1040", Optional.of("Tray 2")));
        }
    }

    @Test
    void choosingAPrinterWithoutATrayForgetsTheEarlierTray() {
        try (Database db = Database.open(DataFolder.at(temp, false))) {
            PrinterChoiceStore store = PrinterChoiceStore.of(new SqliteSettingsStore(db));
            store.save(new PrinterChoice("Kyocera FS-1040", Optional.of("Tray 2")));
            store.save(new PrinterChoice("HP LaserJet", Optional.empty()));
            assertThat(store.load()).contains(new PrinterChoice("HP LaserJet", Optional.empty()));
        }
    }

    @Test
    void theTrainingDatabaseDoesNotShareTheRealWorkstationsChoiceByAccident() {
        try (Database real = Database.open(DataFolder.at(temp, false))) {
            PrinterChoiceStore.of(new SqliteSettingsStore(real)).save(new PrinterChoice("HP", Optional.empty()));
        }
        try (Database training = Database.open(DataFolder.at(temp, true))) {
            assertThat(PrinterChoiceStore.of(new SqliteSettingsStore(training)).load()).isEmpty();
        }
    }
}
