package kz.qabyldau.app.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * Copies committed pages from the write-ahead log into the database file on a thread and a connection of its own
 * (ADR 0094). Left to SQLite, the commit that fills the log to 1,000 pages does this itself: about one autosave in
 * two hundred then wrote 4 MB and waited for the disk, which was most of the autosave's p99 (docs/benchmarks.md).
 * Here a checkpoint runs once the desk has been quiet for {@value #QUIET_MILLIS} ms after a commit, and at least
 * every {@value #LONGEST_WAIT_MILLIS} ms while commits keep coming. The desk's own connection keeps SQLite's
 * automatic checkpoint, at {@link #WRITER_FALLBACK_PAGES} pages: should this thread ever fall behind or fail, the
 * log still stays bounded.
 *
 * <p>The checkpoint is {@code PASSIVE}: it never waits for, nor holds up, the desk's reads and writes. Nothing
 * committed depends on it: a committed transaction is in the log, and SQLite replays the log when it opens the file.
 */
final class WalCheckpointer implements AutoCloseable {

    /** The desk connection's {@code wal_autocheckpoint}: the safety net, about 40 MB of log. */
    static final int WRITER_FALLBACK_PAGES = 10_000;
    /** What the log file is cut back to when SQLite restarts it ({@code journal_size_limit}). */
    static final long LOG_SIZE_LIMIT_BYTES = 8L * 1024 * 1024;
    static final long QUIET_MILLIS = 200;
    static final long LONGEST_WAIT_MILLIS = 2_000;
    static final String THREAD_NAME = "qabyldau-wal-checkpoint";

    private static final Logger LOG = LoggerFactory.getLogger(WalCheckpointer.class);

    private final Path file;
    /** False once the database file was removed or replaced: then nothing is opened or copied any more. */
    private final BooleanSupplier fileStillThere;
    private final Object lock = new Object();

    // Guarded by lock.
    private long commits;
    private long handled;
    private long lastCommitNanos;
    private boolean waitingForCommits;
    private boolean closed;
    private Thread thread;

    // Only the checkpoint thread touches these (published to readers through the volatile below).
    private Connection connection;
    private volatile Outcome last = new Outcome(0, 0, 0, 0);

    /**
     * What this thread has done: how often it was due, how many checkpoints it ran, and the log pages the last one
     * saw and copied.
     */
    record Outcome(long due, long checkpoints, int logPages, int copiedPages) {
    }

    WalCheckpointer(Path file, BooleanSupplier fileStillThere) {
        this.file = file;
        this.fileStillThere = fileStillThere;
    }

    /** Called after every commit; cheap (the desk's write lock is held): it only notes the commit. */
    void committed() {
        synchronized (lock) {
            if (closed) {
                return;
            }
            commits++;
            lastCommitNanos = System.nanoTime();
            if (thread == null) {
                // Started on the first commit, not at opening: a start that only reads costs no thread.
                thread = new Thread(this::run, THREAD_NAME);
                thread.setDaemon(true);
                thread.start();
            } else if (waitingForCommits) {
                lock.notifyAll();
            }
        }
    }

    /** The checkpoints so far (for tests and the log). */
    Outcome outcome() {
        return last;
    }

    /** Stops the thread (waiting for a checkpoint under way) and closes its connection. */
    @Override
    public void close() {
        Thread running;
        synchronized (lock) {
            closed = true;
            running = thread;
            lock.notifyAll();
        }
        if (running != null) {
            try {
                running.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        try {
            while (awaitWork()) {
                checkpoint();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeConnection();
        }
    }

    /** Waits for a commit, then for the quiet moment after it; false when closed. */
    private boolean awaitWork() throws InterruptedException {
        synchronized (lock) {
            while (!closed && commits == handled) {
                waitingForCommits = true;
                lock.wait();
            }
            waitingForCommits = false;
            long firstPending = System.nanoTime();
            while (!closed) {
                long deadline = Math.min(lastCommitNanos + TimeUnit.MILLISECONDS.toNanos(QUIET_MILLIS),
                        firstPending + TimeUnit.MILLISECONDS.toNanos(LONGEST_WAIT_MILLIS));
                long remaining = deadline - System.nanoTime();
                if (remaining <= 0) {
                    break;
                }
                TimeUnit.NANOSECONDS.timedWait(lock, remaining);
            }
            handled = commits;
            return !closed;
        }
    }

    private void checkpoint() {
        Outcome before = last;
        last = new Outcome(before.due() + 1, before.checkpoints(), before.logPages(), before.copiedPages());
        if (!fileStillThere.getAsBoolean()) {
            return;
        }
        try {
            if (connection == null) {
                connection = connect(file);
            }
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("PRAGMA wal_checkpoint(PASSIVE)")) {
                rs.next();
                last = new Outcome(before.due() + 1, before.checkpoints() + 1, rs.getInt(2), rs.getInt(3));
            }
        } catch (SQLException e) {
            // The desk's own connection still checkpoints at WRITER_FALLBACK_PAGES; nothing committed is at risk.
            LOG.warn("Background checkpoint of {} failed: {}", file, e.getMessage());
            closeConnection();
        }
    }

    private static Connection connect(Path file) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        // Never creates a file: a database removed under the desk must not come back empty (DatabaseIdentity).
        config.resetOpenMode(SQLiteOpenMode.CREATE);
        config.setBusyTimeout((int) LONGEST_WAIT_MILLIS);
        return config.createConnection(Database.jdbcUrl(file));
    }

    private void closeConnection() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing the checkpoint connection of {}: {}", file, e.getMessage());
            }
            connection = null;
        }
    }
}
