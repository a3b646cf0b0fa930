package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;
import java.time.Clock;
import kz.qabyldau.app.store.AuditLog;

/** Issue #6: the workstation identifies itself with the office code and token set in Settings. */
class DeskSyncIdentityTest {

    private static final OfficeSettings OFFICE = new OfficeSettings("ХҚКО №3", "710000000", "Әкімдік", "Дана", "kk",
            "https://central.example.kz/api");

    @TempDir
    Path dir;
    private Database database;
    private ApplicationStore applications;

    @BeforeEach
    void open() {
        database = Database.open(DataFolder.at(dir, false));
        applications = ApplicationStore.open(database, false);
    }

    @AfterEach
    void close() {
        applications.endSession();
        database.close();
    }

    @Test
    void theOfficeCodeAndTokenOfSettingsLetTheWorkstationSync() {
        try (DeskSync sync = DeskSync.office(database, applications, OFFICE.withIdentity("AST-03", "s3cr3t"), dir,
                false)) {
            assertThat(sync.problem()).isEmpty();
            assertThat(sync.worker()).isPresent();
        }
    }

    @Test
    void withoutATokenTheWorkstationWorksOfflineAndSaysWhy() {
        try (DeskSync sync = DeskSync.office(database, applications, OFFICE.withIdentity("AST-03", ""), dir,
                false)) {
            assertThat(sync.problem()).contains("sync.notConfigured");
            assertThat(sync.worker()).isEmpty();
        }
    }

    @Test
    void settingsComeBeforeWhatAnOlderSyncCommandKept() {
        SyncStore store = new SyncStore(database,
                new AuditLog(database, Clock.systemUTC()));
        store.setValue("office", "OLD-01");
        store.setValue("token", "old");

        assertThat(DeskSync.officeCode(OFFICE.withIdentity("AST-03", "new"), store)).contains("AST-03");
        assertThat(DeskSync.token(OFFICE.withIdentity("AST-03", "new"), store)).contains("new");
        assertThat(DeskSync.token(OFFICE, store)).as("a workstation configured before Settings had it").contains("old");
    }
}
