package kz.qabyldau.app.central;

import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import kz.qabyldau.app.store.FlywayMigrator;
import kz.qabyldau.app.store.SqlWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import java.io.IOException;

/**
 * The simulator's SQLite database ({@code central.db}): opens it, holds its lock and runs transactions; one class per
 * table does the work ({@link ReceivedScans}, {@link Submissions}, {@link Decisions}, {@link IssuedPermits},
 * {@link Revocations}, {@link ChangeFeed}, {@link Numbering}). One connection; every method of a table is one
 * transaction, serialised on this object — which is also what makes concurrent repeats of one application PUT find
 * each other.
 */
final class CentralStore implements AutoCloseable {

    /** The highest migration in {@value #LOCATION}; kept in {@code PRAGMA user_version}. */
    static final int SCHEMA_VERSION = 7;
    static final String LOCATION = "classpath:db/central";
    static final String FILE_NAME = "central.db";

    private static final Logger LOG = LoggerFactory.getLogger(CentralStore.class);

    private final Path file;
    private final Connection connection;
    private final FileChannel lockChannel;

    private final ReceivedScans scans = new ReceivedScans(this);
    private final Submissions submissions = new Submissions(this);
    private final Decisions decisions = new Decisions(this);
    private final IssuedPermits permits = new IssuedPermits(this);
    private final Revocations revocations = new Revocations(this);
    private final ChangeFeed changes = new ChangeFeed(this);
    private final WorkstationKeys keys = new WorkstationKeys(this);
    private final AuditTrails audits = new AuditTrails(this);
    private final OfficeFigures officeFigures = new OfficeFigures(this);

    private CentralStore(Path file, Connection connection, FileChannel lockChannel) {
        this.file = file;
        this.connection = connection;
        this.lockChannel = lockChannel;
    }

    /**
     * Holds {@code central.db.lock} for as long as the store is open: two simulators on one folder would hand out the
     * same numbers and cursors.
     */
    private static FileChannel lock(Path dir) throws IOException {
        FileChannel channel = FileChannel.open(dir.resolve(FILE_NAME + ".lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
        try {
            if (channel.tryLock() != null) {
                return channel;
            }
        } catch (OverlappingFileLockException e) {
            // held by another store of this JVM
        }
        channel.close();
        throw new IllegalStateException("the folder " + dir + " is in use by another central service");
    }

    /** Opens (creating) {@code dir/central.db} and brings its schema up to date. */
    static CentralStore open(Path dir) {
        try {
            Files.createDirectories(dir);
            FileChannel lock = lock(dir);
            try {
                return open(dir, lock);
            } catch (RuntimeException | SQLException e) {
                lock.close();
                throw e;
            }
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("cannot open the central service's database in " + dir + ": " + e, e);
        }
    }

    private static CentralStore open(Path dir, FileChannel lock) throws SQLException {
        Path file = dir.resolve(FILE_NAME);
        String url = "jdbc:sqlite:" + file.toAbsolutePath();
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(5_000);
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection connection = config.createConnection(url);
        try {
            int version;
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
                version = rs.next() ? rs.getInt(1) : 0;
            }
            if (version > SCHEMA_VERSION) {
                throw new IllegalStateException(file + " has schema " + version + ", newer than this program ("
                        + SCHEMA_VERSION + ")");
            }
            if (version < SCHEMA_VERSION) {
                // Flyway only when behind: its first run costs most of a second.
                new FlywayMigrator(LOCATION).migrate(file);
                try (Statement st = connection.createStatement()) {
                    st.execute("PRAGMA user_version = " + SCHEMA_VERSION);
                }
            }
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
        LOG.info("Central service data: {}", file);
        return new CentralStore(file, connection, lock);
    }

    Path file() {
        return file;
    }

    ReceivedScans scans() {
        return scans;
    }

    Submissions submissions() {
        return submissions;
    }

    Decisions decisions() {
        return decisions;
    }

    IssuedPermits permits() {
        return permits;
    }

    Revocations revocations() {
        return revocations;
    }

    ChangeFeed changes() {
        return changes;
    }

    WorkstationKeys keys() {
        return keys;
    }

    AuditTrails audits() {
        return audits;
    }

    OfficeFigures officeFigures() {
        return officeFigures;
    }

    /** Counts for {@code GET /admin/stats}. */
    Map<String, Long> stats() {
        return tx(c -> Map.of(
                "applications", Sql.count(c, "SELECT COUNT(*) FROM submission"),
                "scans", Sql.count(c, "SELECT COUNT(*) FROM scan WHERE complete = 1"),
                "decisions", Sql.count(c, "SELECT COUNT(*) FROM change WHERE kind = 'DECISION'"),
                "revocations", Sql.count(c, "SELECT COUNT(*) FROM change WHERE kind = 'REVOCATION'"),
                "referenceData", Sql.count(c, "SELECT COUNT(*) FROM change WHERE kind = 'REFERENCE_DATA'"),
                "pending", Sql.count(c, "SELECT COUNT(*) FROM submission WHERE decided = 0")));
    }

    /**
     * One transaction: committed when {@code work} returns, rolled back when it throws (a SyncError included).
     * Serialised on the store: the tables share its one connection.
     */
    synchronized <T> T tx(SqlWork<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("central database " + file + ": " + e.getMessage(), e);
        }
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing {} failed", file, e);
        }
        try {
            lockChannel.close(); // releases the lock
        } catch (IOException e) {
            LOG.warn("Releasing the lock of {} failed", file, e);
        }
    }
}
