package kz.qabyldau.app.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import kz.qabyldau.app.print.PrinterChoiceStore;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.sync.LawInForce;
import kz.qabyldau.app.settings.SettingsStore;
import kz.qabyldau.app.ui.common.WorkMode;
import kz.qabyldau.app.ui.settings.RegionOption;

/**
 * Everything the main window needs that start-up opened off the FX thread.
 *
 * @param settingsStore where Settings are saved
 * @param settings      the settings as loaded
 * @param mode          real office or training, decided for this run
 * @param waitingCount  the outbox count for the header
 * @param connectivity  the central service's reachability for the header
 * @param regions       the regions the Settings chooser offers
 * @param logFile       the log file named in error messages
 * @param resources     closed when the window closes (the database)
 * @param applications  the applications of this run's work database (the training database in training mode);
 *                      null only where a test opens no store
 * @param law           the law the intake desk judges by on a filing day (reference data received by sync from
 *                      its effective date); null only where a test opens no store (then the bundled law)
 * @param printerChoices the printer and tray this workstation prints on, remembered between runs
 */
public record OpenedWorkstation(SettingsStore settingsStore, OfficeSettings settings, WorkMode mode,
                                WaitingCount waitingCount, Connectivity connectivity, List<RegionOption> regions,
                                Path logFile, AutoCloseable resources, ApplicationStore applications,
                                LawInForce law, PrinterChoiceStore printerChoices) {

    /** A workstation without an application store (tests of the shell alone). */
    public OpenedWorkstation(SettingsStore settingsStore, OfficeSettings settings, WorkMode mode,
                             WaitingCount waitingCount, Connectivity connectivity, List<RegionOption> regions,
                             Path logFile, AutoCloseable resources) {
        this(settingsStore, settings, mode, waitingCount, connectivity, regions, logFile, resources, null, null,
                PrinterChoiceStore.inMemory());
    }

    public OpenedWorkstation {
        Objects.requireNonNull(settingsStore);
        Objects.requireNonNull(settings);
        Objects.requireNonNull(mode);
        Objects.requireNonNull(waitingCount);
        Objects.requireNonNull(connectivity);
        regions = List.copyOf(regions);
        Objects.requireNonNull(logFile);
        Objects.requireNonNull(resources);
        Objects.requireNonNull(printerChoices);
    }
}
