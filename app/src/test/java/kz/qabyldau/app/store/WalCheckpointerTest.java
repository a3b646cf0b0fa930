package kz.qabyldau.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;

/**
 * ADR 0094: the write-ahead log is folded into the database file by a thread of its own, not by the commit that
 * happens to fill it, and that thread never brings back a database removed under the desk.
 */
class WalCheckpointerTest {

    /** Generous: the thread is due 200 ms after the last commit; this only bounds a broken build. */
    private static final long PATIENCE_NANOS = TimeUnit.SECONDS.toNanos(30);

    @TempDir
    Path temp;

    private DataFolder folder() {
        return DataFolder.at(temp.resolve("data"), false);
    }

    @Test
    void theDesksCommitsLeaveTheCheckpointToItsOwnThread() throws InterruptedException {
        try (Database db = Database.open(folder())) {
            int autoCheckpoint = db.read(c -> pragma(c.createStatement(), "wal_autocheckpoint"));
            assertThat(autoCheckpoint)
                    .as("SQLite's own checkpoint on the desk's connection is only the safety net")
                    .isEqualTo(WalCheckpointer.WRITER_FALLBACK_PAGES);
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)");
                }
                return null;
            });
            // 1,500 commits of a page or more each: past the 1,000 pages at which a commit used to checkpoint itself.
            for (int i = 0; i < 1500; i++) {
                int n = i;
                db.write(c -> {
                    try (PreparedStatement st = c.prepareStatement("INSERT INTO filler VALUES (?, ?)")) {
                        st.setInt(1, n);
                        st.setString(2, "x".repeat(3000) + n);
                        return st.executeUpdate();
                    }
                });
            }
            WalCheckpointer.Outcome outcome = awaitOutcome(db, o -> o.checkpoints() > 0 && o.logPages() >= 1500
                    && o.copiedPages() == o.logPages());
            assertThat(outcome.copiedPages()).as("every committed page copied into the file").isGreaterThan(1500);
        }
    }

    @Test
    void closingStopsTheThreadAndLeavesNoLog() {
        DataFolder folder = folder();
        try (Database db = Database.open(folder)) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE t (x)");
                    st.execute("INSERT INTO t VALUES (1)");
                }
                return null;
            });
        }
        assertThat(Thread.getAllStackTraces().keySet()).noneMatch(
                t -> t.getName().equals(WalCheckpointer.THREAD_NAME) && t.isAlive());
        assertThat(folder.root().resolve("qabyldau.db-wal")).doesNotExist();
    }

    @Test
    void aDatabaseFileThatIsGoneIsNeverCreatedAgainByTheCheckpoint() throws InterruptedException {
        Path missing = temp.resolve("gone.db");
        // The identity check is told the file is still there: the open mode alone must refuse to create it.
        BooleanSupplier fooled = () -> true;
        try (WalCheckpointer checkpointer = new WalCheckpointer(missing, fooled)) {
            checkpointer.committed();
            long deadline = System.nanoTime() + PATIENCE_NANOS;
            while (checkpointer.outcome().due() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(checkpointer.outcome().due()).as("the checkpoint was tried").isEqualTo(1);
            assertThat(checkpointer.outcome().checkpoints()).isZero();
        }
        assertThat(missing).doesNotExist();
        assertThat(Path.of(missing + "-wal")).doesNotExist();
    }

    @Test
    void aDatabaseRemovedUnderTheDeskStaysRemoved() throws Exception {
        Database db = Database.open(folder());
        db.write(c -> {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (x)");
            }
            return null;
        });
        Files.delete(db.file());
        Files.deleteIfExists(Path.of(db.file() + "-wal"));
        // Normally still pending (due 200 ms after the commit); should a slow machine have run it already, it ran
        // on the file that was still there, which is right too.
        long ranBefore = db.checkpoints().checkpoints();
        assertThatThrownBy(() -> db.write(c -> null)).isInstanceOf(StoreException.class);
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (db.checkpoints().due() == 0 && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(db.checkpoints().due()).isEqualTo(1);
        assertThat(db.checkpoints().checkpoints()).as("nothing copied into a file that is gone").isEqualTo(ranBefore);
        db.close();
        assertThat(db.file()).doesNotExist();
    }

    private static WalCheckpointer.Outcome awaitOutcome(Database db,
            Predicate<WalCheckpointer.Outcome> done) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE_NANOS;
        while (!done.test(db.checkpoints()) && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(db.checkpoints()).matches(done, "the background checkpoint ran and copied the whole log");
        return db.checkpoints();
    }

    private static int pragma(Statement st, String name) throws SQLException {
        try (st; ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
