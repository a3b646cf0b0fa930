package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;

/**
 * Issue #11: an office workstation enrols with a one-time code (what Settings does) and from then on signs every
 * request; the office is the key's, whatever Settings says; a used code enrols no one.
 */
class DeskEnrolmentTest {

    @TempDir
    Path dir;
    private CentralService central;
    private Database database;
    private ApplicationStore applications;

    @BeforeEach
    void open() {
        central = CentralService.start(CentralConfig.defaults(dir.resolve("central"), 0)
                .withDecisionDelay(Duration.ofHours(1)).withSignedRequestsOnly(true));
        database = Database.open(DataFolder.at(dir.resolve("desk"), false));
        applications = ApplicationStore.open(database, false);
    }

    @AfterEach
    void close() {
        applications.endSession();
        database.close();
        central.stop();
    }

    private OfficeSettings settings(String officeCode, String token) {
        return new OfficeSettings("ХҚКО №3", "710000000", "Әкімдік", "Дана", "kk", central.baseUri().toString())
                .withIdentity(officeCode, token);
    }

    @Test
    void anEnrolledWorkstationSignsEveryRequestAndIsTheOfficeOfItsKey() throws Exception {
        try (DeskSync unenrolled = DeskSync.office(database, applications, settings("AST-03", ""), dir, false)) {
            assertThat(unenrolled.problem()).contains("sync.notConfigured");
            assertThat(unenrolled.enrolled()).isFalse();
            String code = central.issueEnrolmentCode("AST-03", "710000000");

            assertThat(unenrolled.enrol(central.baseUri(), code)).isEqualTo("AST-03");
            assertThat(unenrolled.enrolled()).isTrue();
        }
        // Settings name another office: the central service believes the key, not the settings.
        try (DeskSync sync = DeskSync.office(database, applications, settings("ALM-01", ""), dir, false)) {
            assertThat(sync.worker()).isPresent();
            assertThat(sync.worker().orElseThrow().client().hello().path("office").asText()).isEqualTo("AST-03");
            assertThat(sync.worker().orElseThrow().syncOnce().online()).isTrue();
            assertThat(sync.worker().orElseThrow().status().lastError()).isEmpty();
        }
    }

    @Test
    void aWorkstationSyncingWithATokenSignsAsSoonAsItEnrolled() throws Exception {
        try (DeskSync sync = DeskSync.office(database, applications, settings("AST-03", "s3cr3t"), dir, false)) {
            SyncWorker worker = sync.worker().orElseThrow();
            worker.syncOnce();
            assertThat(worker.status().lastError().orElse("")).as("unsigned requests are refused: signed only")
                    .contains("SIGNATURE_REQUIRED");

            sync.enrol(central.baseUri(), central.issueEnrolmentCode("AST-03", "710000000"));

            assertThat(worker.syncOnce().online()).isTrue();
            assertThat(worker.status().lastError()).isEmpty();
        }
    }

    @Test
    void aUsedCodeOrAWrongOneEnrolsNoOne() throws Exception {
        String code = central.issueEnrolmentCode("AST-03", "710000000");
        try (DeskSync sync = DeskSync.office(database, applications, settings("AST-03", ""), dir, false)) {
            sync.enrol(central.baseUri(), code);
            assertThatThrownBy(() -> sync.enrol(central.baseUri(), code))
                    .isInstanceOfSatisfying(SyncFailure.class, f -> assertThat(f.code())
                            .isEqualTo("ENROLMENT_REFUSED"));
            assertThatThrownBy(() -> sync.enrol(central.baseUri(), "AAAA-BBBB-CCCC-DDDD"))
                    .isInstanceOfSatisfying(SyncFailure.class, f -> assertThat(f.code())
                            .isEqualTo("ENROLMENT_REFUSED"));
        }
    }
}
