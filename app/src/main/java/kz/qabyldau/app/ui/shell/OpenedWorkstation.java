package kz.qabyldau.app.ui.shell;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

import kz.qabyldau.app.print.PrinterChoiceStore;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.settings.SettingsStore;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.sync.LawInForce;
import kz.qabyldau.app.ui.common.WorkMode;
import kz.qabyldau.app.ui.operators.OperatorSession;
import kz.qabyldau.app.ui.settings.RegionOption;
import kz.qabyldau.app.ui.status.Connectivity;
import kz.qabyldau.app.ui.status.SyncIndicator;
import kz.qabyldau.app.ui.status.WaitingCount;

/**
 * Everything the main window needs that start-up opened off the FX thread, in two groups: the {@link Office}
 * (how this workstation is configured) and the {@link Desk} (the work of this run). Every component is there in
 * every mode: training has a real store (its own database) and a real sync (with the in-process simulator), so
 * the shell never asks "is there a store?". A new part of the workstation (the signed-in operator, say) is one
 * more component here and one more argument where the workstation is assembled ({@code ui.StoreWorkstationOpener})
 * and in the tests' small workstation.
 *
 * @param office    the settings and how this run works with them
 * @param desk      the applications, the law and the sync of this run
 * @param logFile   the log file named in error messages
 * @param resources closed when the window closes (the sync, then the databases)
 * @param later     what start-up leaves until the desk takes keys (ADR 0091)
 * @param session   who works at the window: a real office's signed-in operator, or training's trainee
 */
public record OpenedWorkstation(Office office, Desk desk, Path logFile, AutoCloseable resources, Later later,
                                OperatorSession session) {

    public OpenedWorkstation {
        Objects.requireNonNull(office);
        Objects.requireNonNull(desk);
        Objects.requireNonNull(logFile);
        Objects.requireNonNull(resources);
        Objects.requireNonNull(later);
        Objects.requireNonNull(session);
    }

    /** A workstation that leaves nothing for later, worked by the trainee (tests' small workstation). */
    public OpenedWorkstation(Office office, Desk desk, Path logFile, AutoCloseable resources) {
        this(office, desk, logFile, resources, Later.NOTHING, OperatorSession.trainee());
    }

    /**
     * What the desk does not need for its first keystroke, run in the background once it takes it (ADR 0091).
     *
     * @param warmUp    starts the training simulator and the sync worker (blocks)
     * @param integrity the whole-file check of the databases (blocks): SQLite's findings, empty when sound
     *                  (ADR 0090)
     */
    public record Later(Runnable warmUp, Supplier<List<String>> integrity) {
        /** Nothing to start, nothing to check. */
        public static final Later NOTHING = new Later(() -> { }, List::of);

        public Later {
            Objects.requireNonNull(warmUp);
            Objects.requireNonNull(integrity);
        }
    }

    /**
     * How this workstation is configured.
     *
     * @param settingsStore  where Settings are saved
     * @param settings       the settings as loaded
     * @param mode           real office or training, decided for this run
     * @param regions        the regions the Settings chooser offers
     * @param printerChoices the printer and tray this workstation prints on, remembered between runs
     */
    public record Office(SettingsStore settingsStore, OfficeSettings settings, WorkMode mode,
                         List<RegionOption> regions, PrinterChoiceStore printerChoices) {
        public Office {
            Objects.requireNonNull(settingsStore);
            Objects.requireNonNull(settings);
            Objects.requireNonNull(mode);
            regions = List.copyOf(regions);
            Objects.requireNonNull(printerChoices);
        }
    }

    /**
     * The work of this run.
     *
     * @param applications the applications of this run's work database (the training database in training mode)
     * @param law          the law the intake desk judges by on a filing day (reference data received by sync from
     *                     its effective date)
     * @param sync         the sync of this run as the header and the outbox and handout pages see it
     */
    public record Desk(ApplicationStore applications, LawInForce law, SyncIndicator sync) {
        public Desk {
            Objects.requireNonNull(applications);
            Objects.requireNonNull(law);
            Objects.requireNonNull(sync);
        }
    }

    public SettingsStore settingsStore() {
        return office.settingsStore();
    }

    public OfficeSettings settings() {
        return office.settings();
    }

    public WorkMode mode() {
        return office.mode();
    }

    public List<RegionOption> regions() {
        return office.regions();
    }

    public PrinterChoiceStore printerChoices() {
        return office.printerChoices();
    }

    public ApplicationStore applications() {
        return desk.applications();
    }

    public LawInForce law() {
        return desk.law();
    }

    /** The outbox count for the header. */
    public WaitingCount waitingCount() {
        return desk.sync();
    }

    /** The central service's reachability for the header. */
    public Connectivity connectivity() {
        return desk.sync();
    }
}
