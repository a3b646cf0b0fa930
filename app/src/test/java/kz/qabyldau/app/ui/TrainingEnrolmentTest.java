package kz.qabyldau.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.sync.DeskSync;
import kz.qabyldau.app.sync.SyncWorker;

/**
 * Issue #11: training needs nothing but the README's start command: the desk enrols itself with its own simulator,
 * which, like a real central service, serves signed requests only.
 */
class TrainingEnrolmentTest {

    private static final OfficeSettings OFFICE = new OfficeSettings("Оқу", "710000000", "Әкімдік", "", "kk", "");

    @TempDir
    Path dir;

    @Test
    void theTrainingDeskEnrolsItselfAndItsSimulatorRefusesUnsignedRequests() throws Exception {
        try (Database database = Database.open(DataFolder.at(dir, true))) {
            ApplicationStore store = ApplicationStore.open(database, true);
            try (DeskSync sync = DeskSync.training(database, store, OFFICE, TrainingSimulator.starter(
                    new TrainingSimulator.Tuning(Duration.ofHours(1), 0, 0)), dir, false)) {
                assertThat(sync.enrolled()).isFalse();
                SyncWorker worker = sync.worker().orElseThrow();

                assertThat(worker.syncOnce().online()).isTrue();

                assertThat(worker.status().lastError()).isEmpty();
                assertThat(sync.enrolled()).isTrue();
                assertThat(worker.client().hello().path("office").asText()).isEqualTo("TRAINING");
                HttpResponse<String> unsigned = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        sync.trainingCentral().orElseThrow().baseUri().resolve("sync/1/hello"))
                        .header("Qabyldau-Protocol", "qabyldau.sync/1").header("Qabyldau-Office", "TRAINING")
                        .header("Qabyldau-Workstation", store.workstationId()).header("Qabyldau-Region", "710000000")
                        .header("Authorization", "Bearer training").build(), HttpResponse.BodyHandlers.ofString());
                assertThat(unsigned.statusCode()).isEqualTo(401);
                assertThat(unsigned.body()).contains("SIGNATURE_REQUIRED");
            } finally {
                store.endSession();
            }
        }
    }
}
