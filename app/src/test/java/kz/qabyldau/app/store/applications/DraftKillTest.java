package kz.qabyldau.app.store.applications;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.store.Database;

/**
 * Nothing typed is lost: a workstation killed with SIGKILL while saving a draft (no shutdown hook,
 * no close, no endSession) reopens with the last committed save, a sound database, and the next
 * start says "1 draft was restored".
 */
class DraftKillTest {

    private static final int SAVES_BEFORE_KILL = 200;

    @TempDir
    Path temp;

    @Test
    void draftSavedInALoopAndKilledIsRestoredWithItsLastCommittedSave() throws Exception {
        Path data = temp.resolve("data");
        Path stderr = temp.resolve("child.err");
        Process child = DraftChildProcess.start(data, stderr);
        UUID id;
        long lastSeen = 0;
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String first = lines.readLine();
            assertThat(first).as("child started: %s", Files.exists(stderr) ? Files.readString(stderr) : "")
                    .startsWith("draft ");
            id = UUID.fromString(first.substring("draft ".length()));
            String line;
            while (lastSeen < SAVES_BEFORE_KILL && (line = lines.readLine()) != null) {
                lastSeen = Long.parseLong(line);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix: mid-save, whatever it was doing
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastSeen).as("the child saved before being killed").isEqualTo(SAVES_BEFORE_KILL);

        try (Database db = StoreFixture.open(data)) {
            assertThat(db.quickCheckProblems()).isEmpty();
            ApplicationStore store = ApplicationStore.open(db, false);

            assertThat(store.drafts().openAtLastExit()).isEqualTo(1);
            assertThat(store.restoredDrafts()).containsExactly(id);
            StoredApplication draft = store.drafts().find(id).orElseThrow();
            // The child may have committed a few more saves after the line we read: never fewer.
            long saves = draft.version() - 1;
            assertThat(saves).isGreaterThanOrEqualTo(lastSeen);
            assertThat(draft.status()).isEqualTo(ApplicationStatus.DRAFT);
            assertThat(draft.application().field("applicant.surname")).contains(DraftChildProcess.surname(saves));
            assertThat(draft.serviceTime().toSeconds()).isEqualTo(saves);
            assertThat(store.drafts().list("save-" + saves)).extracting(DraftSummary::id).containsExactly(id);
        }
    }
}
