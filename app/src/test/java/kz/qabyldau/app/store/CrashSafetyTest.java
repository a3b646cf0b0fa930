package kz.qabyldau.app.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;

/**
 * A workstation killed while saving (SIGKILL: no shutdown hook, no close) loses nothing it had
 * committed, leaves a sound database and no stale lock.
 */
class CrashSafetyTest {

    private static final int COMMITS_BEFORE_KILL = 300;

    @TempDir
    Path temp;

    @Test
    void processKilledWhileSavingSettingsLeavesASoundDatabaseWithTheLastCommit() throws Exception {
        Path stderr = temp.resolve("child.err");
        Process child = StoreChildProcess.start("write", temp, stderr);
        long lastSeen = 0;
        try {
            BufferedReader lines = StoreChildProcess.awaitOpen(child, stderr);
            String line;
            while (lastSeen < COMMITS_BEFORE_KILL && (line = lines.readLine()) != null) {
                lastSeen = Long.parseLong(line);
            }
        } finally {
            child.destroyForcibly(); // SIGKILL on Unix
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(lastSeen).as("the child saved before being killed; its stderr: %s", Files.readString(stderr))
                .isEqualTo(COMMITS_BEFORE_KILL);

        try (Database db = Database.open(DataFolder.at(temp, false))) {
            assertThat(db.quickCheckProblems()).isEmpty();
            String clerk = new SqliteSettingsStore(db).load().clerkName();
            long saved = Long.parseLong(clerk.substring("clerk-".length()));
            // The child may have committed a few more after the line we read: never fewer.
            assertThat(saved).isGreaterThanOrEqualTo(lastSeen);
        }
    }
}
