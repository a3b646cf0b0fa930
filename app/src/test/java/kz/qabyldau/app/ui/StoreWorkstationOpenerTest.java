package kz.qabyldau.app.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.StoreException;
import kz.qabyldau.app.ui.common.WorkMode;
import kz.qabyldau.app.ui.shell.OpenedWorkstation;

class StoreWorkstationOpenerTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void restoreLogging() {
        LoggingReset.restoreDefault();
    }

    private final StoreWorkstationOpener opener = new StoreWorkstationOpener(() -> Fixtures.REGIONS,
            TrainingSimulator.Tuning.standard());

    private LaunchOptions options(boolean training) {
        return new LaunchOptions(Optional.of(dataDir), training);
    }

    @Test
    void firstStartIsTrainingWithItsOwnDatabase() throws Exception {
        OpenedWorkstation opened = opener.open(options(false));
        try {
            assertThat(opened.mode()).isEqualTo(WorkMode.TRAINING_NOT_CONFIGURED);
            assertThat(dataDir.resolve(DataFolder.TRAINING_DATABASE_FILE)).exists();
            assertThat(opened.logFile()).isEqualTo(dataDir.resolve("logs").resolve("qabyldau.log"));
            assertThat(opened.regions()).isEqualTo(Fixtures.REGIONS);
        } finally {
            opened.resources().close();
        }
    }

    @Test
    void trainingSimulatorWaitsUntilTheDeskTakesKeysAndTheCheckFindsSoundFiles() throws Exception {
        OpenedWorkstation opened = opener.open(options(false));
        try {
            Path central = dataDir.resolve("training-central");
            assertThat(central).as("not started while the desk is being opened").doesNotExist();
            assertThat(opened.desk().sync().sync().worker()).isPresent();

            opened.later().warmUp().run();

            assertThat(central).isDirectory();
            URI address = opened.desk().sync().sync().trainingCentral().orElseThrow().baseUri();
            try (Socket socket = new Socket(address.getHost(), address.getPort())) {
                assertThat(socket.isConnected()).isTrue();
            }
            assertThat(opened.later().integrity().get()).isEmpty();
        } finally {
            opened.resources().close();
        }
    }

    @Test
    void configuredOfficeStartsForReal() throws Exception {
        OpenedWorkstation first = opener.open(options(false));
        first.settingsStore().save(Fixtures.configuredOffice());
        first.resources().close();

        OpenedWorkstation second = opener.open(options(false));
        try {
            assertThat(second.mode()).isEqualTo(WorkMode.OFFICE);
            assertThat(second.settings()).isEqualTo(Fixtures.configuredOffice());
        } finally {
            second.resources().close();
        }
    }

    @Test
    void trainingFlagKeepsItsSettingsApartFromTheOffice() throws Exception {
        OpenedWorkstation training = opener.open(options(true));
        training.settingsStore().save(Fixtures.configuredOffice());
        training.resources().close();

        OpenedWorkstation office = opener.open(options(false));
        try {
            assertThat(office.mode()).isEqualTo(WorkMode.TRAINING_NOT_CONFIGURED);
            assertThat(office.settings().isOfficeConfigured()).isFalse();
        } finally {
            office.resources().close();
        }
    }

    @Test
    void secondCopyOnTheSameDataFolderIsRefusedAsLocked() throws Exception {
        OpenedWorkstation first = opener.open(options(false));
        try {
            assertThatThrownBy(() -> opener.open(options(false)))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(StoreException.LOCKED));
        } finally {
            first.resources().close();
        }
    }

    @Test
    void damagedDatabaseIsRefusedAndLeftAsItWas() throws Exception {
        Path database = dataDir.resolve(DataFolder.DATABASE_FILE);
        byte[] garbage = "this is not an SQLite database, it is a clerk's letter".getBytes();
        Files.write(database, garbage);

        assertThatThrownBy(() -> opener.open(options(false)))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(StoreException.CORRUPT));
        assertThat(Files.readAllBytes(database)).isEqualTo(garbage);
    }
}
