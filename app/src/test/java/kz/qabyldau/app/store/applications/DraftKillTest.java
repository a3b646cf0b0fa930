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
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Nothing typed is lost: a workstation killed with SIGKILL while saving a draft (no shutdown hook,
 * no close, no endSession) reopens with the last committed save, a sound database, and the next
 * start says "1 draft was restored".
 */
class DraftKillTest {

    private static final int SAVES_BEFORE_KILL = 200;

    @TempDir
    Path temp;

    /** What the killed child had done: its draft and the last save it reported as committed. */
    private record Killed(UUID id, long lastSeen) {
    }

    private Killed runChildAndKill(Path data) throws Exception {
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
        return new Killed(id, lastSeen);
    }

    @Test
    void draftSavedInALoopAndKilledIsRestoredWithItsLastCommittedSave() throws Exception {
        Path data = temp.resolve("data");
        Killed killed = runChildAndKill(data);
        UUID id = killed.id();
        long lastSeen = killed.lastSeen();

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

    /**
     * A power cut can tear the last write to the WAL (synchronous=NORMAL does not sync each commit).
     * Simulated by cutting the killed child's WAL in the middle of its last frame and dropping the
     * shared-memory index (gone after a reboot): the database still opens sound, and the draft is the
     * save before the torn one (or the last one, if the torn frames were of an uncommitted save),
     * whole — never a mix of two saves, never a damaged file.
     */
    @Test
    void aTornWalAfterAPowerCutLosesAtMostTheLastSaveAndNeverDamagesTheDatabase() throws Exception {
        Path data = temp.resolve("data");
        Killed killed = runChildAndKill(data);
        long uncut = savesIn(copyOf(data), killed.id());
        assertThat(uncut).isGreaterThanOrEqualTo(killed.lastSeen());

        Path wal = data.resolve("qabyldau.db-wal");
        long walSize = Files.size(wal);
        assertThat(walSize).as("the child's commits are in the WAL").isGreaterThan(4096);
        try (var channel = FileChannel.open(wal, StandardOpenOption.WRITE)) {
            channel.truncate(walSize - 1000);
        }
        Files.deleteIfExists(data.resolve("qabyldau.db-shm"));

        long afterCut = savesIn(data, killed.id());
        assertThat(afterCut).isBetween(uncut - 1, uncut);
    }

    /** Opens the folder, checks it is sound and the draft whole; the number of saves it holds. */
    private static long savesIn(Path data, UUID id) {
        try (Database db = StoreFixture.open(data)) {
            assertThat(db.quickCheckProblems()).isEmpty();
            StoredApplication draft = ApplicationStore.open(db, false).drafts().find(id).orElseThrow();
            long saves = draft.version() - 1;
            assertThat(draft.application().field("applicant.surname")).contains(DraftChildProcess.surname(saves));
            assertThat(draft.serviceTime().toSeconds()).isEqualTo(saves);
            return saves;
        }
    }

    private Path copyOf(Path data) throws IOException {
        Path copy = Files.createDirectories(temp.resolve("copy"));
        try (var files = Files.list(data)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, copy.resolve(f.getFileName()));
            }
        }
        return copy;
    }
}
