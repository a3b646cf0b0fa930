package kz.qabyldau.app.ui;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.logging.Logging;
import kz.qabyldau.app.print.PrinterChoiceStore;
import kz.qabyldau.app.print.PaperDelivery;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.SqliteSettingsStore;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;
import kz.qabyldau.app.store.operators.Operators;
import kz.qabyldau.app.store.operators.SignInPolicy;
import kz.qabyldau.app.sync.DeskSync;
import kz.qabyldau.app.sync.LawInForce;
import kz.qabyldau.app.ui.common.WorkMode;
import kz.qabyldau.app.ui.operators.OperatorSession;
import kz.qabyldau.app.ui.settings.RegionOption;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.app.ui.shell.OpenedWorkstation;
import kz.qabyldau.app.ui.shell.WorkstationOpener;
import kz.qabyldau.app.ui.status.SyncIndicator;
import java.io.IOException;
import kz.qabyldau.app.store.Vault;

/**
 * Opens the real workstation: the data folder, the SQLite database with the settings, and —
 * when training mode was chosen because no office is configured — the separate training
 * database the practice work goes to.
 *
 * <p>The office's settings always live in the database of the data folder the launch options
 * name: {@code qabyldau.db} normally, {@code training.db} with {@code --training}. So a clerk who
 * configures the office during a first, unconfigured start saves it where the next normal start
 * reads it.
 */
final class StoreWorkstationOpener implements WorkstationOpener {

    private static final Logger LOG = LoggerFactory.getLogger(StoreWorkstationOpener.class);

    private final Supplier<List<RegionOption>> regions;
    private final TrainingSimulator.Tuning training;

    /** @param training how the training simulator behaves when this run is training */
    StoreWorkstationOpener(Supplier<List<RegionOption>> regions, TrainingSimulator.Tuning training) {
        this.regions = Objects.requireNonNull(regions);
        this.training = Objects.requireNonNull(training);
    }

    /** The log file of a run with these options, known before anything is opened. */
    static Path logFileFor(LaunchOptions options) {
        return DataFolder.resolve(options).logFile();
    }

    private static OperatorSession officeSession(Database database, DataKeyKeeper keeper) {
        Operators operators = Operators.of(database, keeper, Clock.systemUTC(), SignInPolicy.OFFICE);
        return OperatorSession.office(operators, operators.needsFirstAdministrator(),
                OperatorSession.DEFAULT_IDLE_LOCK);
    }

    @Override
    public OpenedWorkstation open(LaunchOptions options) {
        DataFolder folder = DataFolder.resolve(options);
        Logging.configure(folder);
        Database settingsDatabase = Database.open(folder);
        // The office's database keeps personal data sealed once its first administrator exists
        // (docs/data-at-rest.md); the training database stays plain (no real people, said on screen).
        DataKeyKeeper keeper = folder.training() ? null : DataKeyKeeper.attach(settingsDatabase);
        Database workDatabase = settingsDatabase;
        for (String printed : new String[] {"printed", "printed-training"}) {
            try {
                PaperDelivery.removeEarlierCopies(folder.root().resolve(printed));
            } catch (IOException e) {
                LOG.warn("Could not remove the forms an earlier run saved in {}: {}", printed, e.getMessage());
            }
        }
        try {
            SqliteSettingsStore store = new SqliteSettingsStore(settingsDatabase);
            OfficeSettings settings = store.load();
            WorkMode mode = WorkMode.decide(options, settings);
            if (mode == WorkMode.TRAINING_NOT_CONFIGURED) {
                // Practice on a fresh workstation never writes applications into the office's database.
                workDatabase = Database.open(DataFolder.at(folder.root(), true));
            }
            LOG.info("Starting in mode {} with data folder {}", mode, folder.root());
            Database work = workDatabase;
            // Applications go to the work database: the training database whenever training mode was chosen.
            ApplicationStore applications = ApplicationStore.open(work, mode != WorkMode.OFFICE);
            // Training syncs with a simulated central service on loopback (issue #6): this is the one place that
            // builds the simulator (docs/architecture.md). It and the sync worker start once the desk takes keys.
            AtomicReference<LateTrainingCentral> central = new AtomicReference<>();
            DeskSync sync = mode.isTraining()
                    ? DeskSync.training(work, applications, settings, dir -> {
                        central.set(new LateTrainingCentral(dir, training));
                        return central.get();
                    }, folder.root(), false)
                    : DeskSync.office(work, applications, settings, folder.root(), false);
            SyncIndicator indicator = new SyncIndicator(sync);
            // A real office signs in with the office database's operators; training has the built-in trainee.
            // Until the window's first-administrator start is wired into the desk flows, an office without
            // operators works as before (no sign-in); one whose administrator was made with
            // 'qabyldau operators add' signs in (docs/operators.md).
            OperatorSession session = mode == WorkMode.OFFICE && keeper != null
                    && keeper.state() != Vault.State.PLAIN
                    ? officeSession(settingsDatabase, keeper) : OperatorSession.trainee();
            AutoCloseable close = () -> {
                sync.close();
                try {
                    applications.endSession();
                } catch (RuntimeException e) {
                    LOG.warn("Could not record the end of the work session", e);
                }
                if (work != settingsDatabase) {
                    work.close();
                }
                settingsDatabase.close();
                if (keeper != null) {
                    // The data key leaves memory with the window.
                    keeper.lock();
                }
            };
            OpenedWorkstation.Office office = new OpenedWorkstation.Office(store, settings, mode, regions.get(),
                    PrinterChoiceStore.of(store));
            // Received reference data counts from its effective date, read from the sync store.
            OpenedWorkstation.Desk desk = new OpenedWorkstation.Desk(applications,
                    LawInForce.received(ServiceCatalog.loadBundled(), sync.store()), indicator);
            Runnable warmUp = () -> {
                if (central.get() != null) {
                    central.get().start();
                }
                sync.worker().ifPresent(worker -> worker.start(DeskSync.INTERVAL));
            };
            Supplier<List<String>> integrity = () -> {
                List<String> problems = new ArrayList<>(work.integrityProblems());
                if (work != settingsDatabase) {
                    problems.addAll(settingsDatabase.integrityProblems());
                }
                return problems;
            };
            return new OpenedWorkstation(office, desk, folder.logFile(), close,
                    new OpenedWorkstation.Later(warmUp, integrity), session);
        } catch (RuntimeException e) {
            if (workDatabase != settingsDatabase) {
                workDatabase.close();
            }
            settingsDatabase.close();
            throw e;
        }
    }
}
