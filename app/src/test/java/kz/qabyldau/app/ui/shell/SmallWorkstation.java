package kz.qabyldau.app.ui.shell;

import java.nio.file.Path;
import java.time.Clock;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.print.PrinterChoiceStore;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;
import kz.qabyldau.app.store.operators.Operators;
import kz.qabyldau.app.store.operators.SignInPolicy;
import kz.qabyldau.app.sync.DeskSync;
import kz.qabyldau.app.sync.LawInForce;
import kz.qabyldau.app.ui.Fixtures;
import kz.qabyldau.app.ui.InMemorySettingsStore;
import kz.qabyldau.app.ui.common.WorkMode;
import kz.qabyldau.app.ui.operators.OperatorSession;
import kz.qabyldau.app.ui.status.SyncIndicator;
import kz.qabyldau.forms.service.ServiceCatalog;

/**
 * A real workstation, as small as it gets, for tests of the shell: a fresh database in a folder, the bundled law,
 * and a sync with no token, so no worker thread runs. Close it with {@code resources().close()}.
 */
final class SmallWorkstation {

    private SmallWorkstation() {
    }

    static OpenedWorkstation open(Path dir, OfficeSettings settings, WorkMode mode, Path logFile) {
        Database database = Database.open(DataFolder.at(dir, false));
        ApplicationStore applications = ApplicationStore.open(database, mode != WorkMode.OFFICE);
        DeskSync sync = DeskSync.office(database, applications, settings, dir, false);
        OpenedWorkstation.Office office = new OpenedWorkstation.Office(new InMemorySettingsStore(settings), settings,
                mode, Fixtures.REGIONS, PrinterChoiceStore.inMemory());
        OpenedWorkstation.Desk desk = new OpenedWorkstation.Desk(applications,
                LawInForce.bundledOnly(ServiceCatalog.loadBundled()), new SyncIndicator(sync));
        // A real office is worked by its operators (none yet here: the first start asks for the administrator).
        OperatorSession session = mode == WorkMode.OFFICE
                ? OperatorSession.office(Operators.of(database, DataKeyKeeper.attach(database), Clock.systemUTC(),
                        SignInPolicy.OFFICE), true, OperatorSession.DEFAULT_IDLE_LOCK)
                : OperatorSession.trainee();
        return new OpenedWorkstation(office, desk, logFile, () -> {
            sync.close();
            database.close();
        }, OpenedWorkstation.Later.NOTHING, session);
    }
}
