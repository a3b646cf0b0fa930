package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStatus;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;

/**
 * Applying pages of the change feed in an encrypted office database survives a SIGKILL at any moment (issue #10,
 * "a kill test for each step that writes"): every page the child reported is there whole — the decision with its
 * sealed permit number, the revocation — the cursor is never ahead of what was applied, and delivering the page
 * after the last reported one again (as the central service does after a crash before the cursor was stored)
 * changes nothing twice.
 */
class SyncPageKillTest {

    private static final int PAGES_BEFORE_KILL = 20;

    @TempDir
    Path temp;

    @Test
    void aDeskKilledWhileApplyingPagesLosesNoPageAndAppliesNoneTwice() throws Exception {
        Path data = temp.resolve("data");
        Path stderr = temp.resolve("child.err");
        Process child = SyncPageChildProcess.start(data, stderr);
        Map<Long, UUID> applied = new LinkedHashMap<>();
        try {
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            assertThat(lines.readLine()).as("child started: %s", Files.exists(stderr) ? Files.readString(stderr) : "")
                    .isEqualTo("ready");
            String line;
            while (applied.size() < PAGES_BEFORE_KILL && (line = lines.readLine()) != null) {
                String[] parts = line.split(" ");
                applied.put(Long.parseLong(parts[1]), UUID.fromString(parts[2]));
            }
        } finally {
            child.destroyForcibly(); // SIGKILL: inside an acceptance, a decision, a revocation or the cursor
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(applied).hasSize(PAGES_BEFORE_KILL);

        try (Database db = Database.open(DataFolder.at(data, false))) {
            assertThat(db.quickCheckProblems()).isEmpty();
            assertThat(DataKeyKeeper.attach(db).open(SyncPageChildProcess.LOGIN,
                    SyncPageChildProcess.PASSWORD.toCharArray())).isTrue();
            ApplicationStore store = ApplicationStore.open(db, false);
            SyncStore sync = new SyncStore(db, new AuditLog(db, Clock.systemUTC()));
            for (Map.Entry<Long, UUID> page : applied.entrySet()) {
                StoredApplication a = store.drafts().find(page.getValue()).orElseThrow();
                assertThat(a.status()).isEqualTo(ApplicationStatus.ISSUED);
                assertThat(a.permitNumber()).contains(SyncPageChildProcess.permitNumber(page.getKey()));
            }
            assertThat(sync.revocations()).extracting(SyncStore.Revocation::revocationId)
                    .doesNotHaveDuplicates()
                    .containsAll(applied.keySet().stream().map(n -> "rev-" + n).toList());
            long cursor = Long.parseLong(sync.cursor().orElseThrow().substring(1));
            assertThat(cursor).as("stored after its page, never before").isGreaterThanOrEqualTo(PAGES_BEFORE_KILL);
            UUID underCursor = sync.revocations().stream().filter(r -> r.revocationId().equals("rev-" + cursor))
                    .map(r -> UUID.fromString(r.applicationId().orElseThrow())).findFirst().orElseThrow();
            StoredApplication cursorPage = store.drafts().find(underCursor).orElseThrow();
            assertThat(cursorPage.status()).as("the page under the cursor was applied")
                    .isEqualTo(ApplicationStatus.ISSUED);

            // The page under the cursor delivered again: nothing applied a second time.
            ChangeApplier applier = new ChangeApplier(store.records(), sync, Clock.systemUTC());
            int revocationsBefore = sync.revocations().size();
            ChangeApplier.Applied again = ChangeApplier.NOTHING;
            for (JsonNode change : SyncPageChildProcess.page(cursor, cursorPage.id()).path("changes")) {
                again = again.plus(applier.apply(change));
            }
            assertThat(again).isEqualTo(ChangeApplier.NOTHING);
            assertThat(sync.revocations()).hasSize(revocationsBefore);
            store.endSession();
        }
    }
}
