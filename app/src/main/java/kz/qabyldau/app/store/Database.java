package kz.qabyldau.app.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.PrivateFiles;

/**
 * The workstation's SQLite database: one file in the data folder, WAL journal, foreign keys on,
 * {@code synchronous=NORMAL} (a committed transaction survives a crash of the program; only a
 * power cut can lose the last ones).
 *
 * <p>{@link #open} blocks (the first SQLite connection of a JVM alone costs a quarter of a
 * second): call it from a background task, never on the FX thread. It refuses, with a
 * {@link StoreException} and without changing any file, a database held by another running copy,
 * a file that is not an SQLite database, a file damaged when the last program using it did not close it
 * (checked on the way in only then; else {@link #integrityProblems()} in the background, ADR 0090) and a
 * schema newer than this program. The connection is shared and every call is
 * serialized on this object; a desktop with one clerk needs nothing more.
 */
public final class Database implements AutoCloseable {

    /** The highest migration in {@code db/migration}; kept in {@code PRAGMA user_version}. */
    public static final int SCHEMA_VERSION = 17;

    static final int BUSY_TIMEOUT_MILLIS = 5_000;
    private static final String FX_THREAD_NAME = "JavaFX Application Thread";

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    /** Flyway behind a lambda so that a start with a current schema never loads a Flyway class. */
    private static final SchemaMigrator FLYWAY = databaseFile -> new FlywayMigrator().migrate(databaseFile);

    private final Path file;
    private final ProcessLock processLock;
    private final Connection connection;
    private final boolean migratedOnOpen;
    /** The file's identity on disk when opened (null where the file system has none). */
    private final Object fileKey;
    private final WalCheckpointer checkpointer;
    private volatile Vault vault = Vault.PLAIN;
    private boolean closed;
    private boolean fileGone;

    private Database(Path file, ProcessLock processLock, Connection connection, boolean migratedOnOpen,
                     Object fileKey) {
        this.file = file;
        this.processLock = processLock;
        this.connection = connection;
        this.migratedOnOpen = migratedOnOpen;
        this.fileKey = fileKey;
        this.checkpointer = new WalCheckpointer(file, () -> DatabaseIdentity.stillSame(file, fileKey));
    }

    /**
     * Opens (creating if needed) the database of {@code folder} and brings its schema up to date.
     * Creates the data folder first.
     *
     * @throws kz.qabyldau.app.config.DataFolderException the data folder cannot be created or written
     * @throws StoreException {@link StoreException#LOCKED}, {@link StoreException#CORRUPT},
     *                        {@link StoreException#SCHEMA_TOO_NEW}, {@link StoreException#MIGRATION_FAILED},
     *                        {@link StoreException#OPEN_FAILED}
     * @throws IllegalStateException when called on the JavaFX application thread
     */
    public static Database open(DataFolder folder) {
        return open(folder, FLYWAY);
    }

    static Database open(DataFolder folder, SchemaMigrator migrator) {
        return open(folder, migrator, BUSY_TIMEOUT_MILLIS);
    }

    /** {@code busyTimeoutMillis}: how long SQLite waits for another connection's lock before SQLITE_BUSY. */
    static Database open(DataFolder folder, SchemaMigrator migrator, int busyTimeoutMillis) {
        // By name, so the store needs no JavaFX: a frozen window for up to a second (or 5 s when
        // busy) is a bug to catch in the first test, not in an office.
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Database.open blocks: call it from a background task, not the FX thread");
        }
        long started = System.nanoTime();
        folder.prepare();
        Path file = folder.databaseFile();
        ProcessLock lock;
        try {
            lock = ProcessLock.acquire(folder.lockFile(), file);
        } catch (StoreException e) {
            throw logged(e);
        }
        Connection connection = null;
        try {
            DatabaseIdentity.refuseMissing(file);
            OpeningChecks.refuseNonDatabase(file);
            // The whole-file check grows with the data (0.7 s for 480 MB): only after an unclean exit on the way
            // in; after a clean one the desk runs it in the background (integrityProblems, ADR 0090).
            boolean unclean = OpeningChecks.leftByUncleanExit(file);
            // Made private before SQLite creates it: SQLite gives -wal and -shm the database file's mode.
            PrivateFiles.createFile(file);
            connection = connect(file, busyTimeoutMillis);
            if (unclean) {
                OpeningChecks.quickCheck(connection, file);
            }
            // Every refusal happens before the first write (the journal mode lives in the file).
            int version = userVersion(connection);
            OpeningChecks.refuseUnknownSchema(connection, file, version);
            configure(connection);
            boolean migrated = migrateIfBehind(connection, file, version, migrator);
            chainLegacyAudit(connection, file);
            DatabaseIdentity.record(connection, file);
            Object fileKey = DatabaseIdentity.fileKey(file);
            LOG.info("Opened {} (schema {}{}{}) in {} ms", file, SCHEMA_VERSION, migrated ? ", migrated" : "",
                    unclean ? ", checked after an unclean exit" : "", (System.nanoTime() - started) / 1_000_000);
            return new Database(file, lock, connection, migrated, fileKey);
        } catch (IOException e) {
            closeQuietly(connection);
            lock.release();
            throw logged(new StoreException(StoreException.OPEN_FAILED, file, e.getMessage(), e));
        } catch (SQLException e) {
            closeQuietly(connection);
            lock.release();
            throw logged(translate(e, file, StoreException.OPEN_FAILED));
        } catch (StoreException e) {
            closeQuietly(connection);
            lock.release();
            throw logged(e);
        } catch (RuntimeException e) {
            closeQuietly(connection);
            lock.release();
            throw e;
        }
    }

    /** Logged here once, with the cause, whoever shows it to the clerk; a second copy is routine. */
    private static StoreException logged(StoreException e) {
        if (StoreException.LOCKED.equals(e.messageKey())) {
            LOG.info("Refused to open the database: {}", e.getMessage());
        } else {
            LOG.warn("Refused to open the database: {}", e.getMessage(), e.getCause());
        }
        return e;
    }

    /** The database file. */
    public Path file() {
        return file;
    }

    /** Whether this open ran the migrations (false on every start after the first of a version). */
    public boolean migratedOnOpen() {
        return migratedOnOpen;
    }

    /**
     * Who seals and opens personal values in this database: {@link Vault#PLAIN} until the keeper of
     * an office database's key attaches itself ({@code store.crypto.DataKeyKeeper.attach}).
     */
    public Vault vault() {
        return vault;
    }

    /** Hands the database its vault; called once, right after opening, by the one who assembles it. */
    public void useVault(Vault vault) {
        this.vault = Objects.requireNonNull(vault, "vault");
    }

    /** The schema version recorded in the file ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read(c -> userVersion(c));
    }

    /**
     * Runs {@code work} outside a transaction (each statement on its own), for reading.
     *
     * @throws StoreException {@link StoreException#READ_FAILED}, {@link StoreException#LOCKED},
     *                        {@link StoreException#CORRUPT}
     */
    public synchronized <T> T read(SqlWork<T> work) {
        ensureOpen();
        try {
            return work.run(connection);
        } catch (SQLException e) {
            throw translate(e, file, StoreException.READ_FAILED);
        }
    }

    /**
     * Runs {@code work} in one transaction ({@code BEGIN IMMEDIATE}): committed when it returns,
     * rolled back when it throws. {@code work} must not manage transactions itself (no
     * {@code commit}, {@code rollback} or {@code setAutoCommit}).
     *
     * <p>The transaction is driven with SQL rather than JDBC's auto-commit switch: when
     * {@code BEGIN} fails (SQLITE_BUSY), sqlite-jdbc's auto-commit flag no longer matches SQLite's
     * state and every later write would fail.
     *
     * @throws StoreException {@link StoreException#WRITE_FAILED}, {@link StoreException#LOCKED},
     *                        {@link StoreException#CORRUPT}
     */
    public synchronized <T> T write(SqlWork<T> work) {
        ensureOpen();
        try {
            execute("BEGIN IMMEDIATE");
        } catch (SQLException e) {
            throw translate(e, file, StoreException.WRITE_FAILED);
        }
        try {
            T result = work.run(connection);
            execute("COMMIT");
            checkpointer.committed();
            return result;
        } catch (SQLException e) {
            rollbackQuietly();
            throw translate(e, file, StoreException.WRITE_FAILED);
        } catch (RuntimeException | Error e) {
            rollbackQuietly();
            throw e;
        }
    }

    /**
     * {@link #write}, and the commit reaches the disk before this returns ({@code synchronous=FULL} for
     * this one transaction): for the steps after which paper is printed (accepting an application,
     * refusing intake), so that a power cut right after the receipt cannot lose what it promises.
     * Autosave stays on {@code NORMAL} (a commit p99 of 0.2 ms instead of about 2 ms).
     */
    public synchronized <T> T writeDurably(SqlWork<T> work) {
        ensureOpen();
        try {
            execute("PRAGMA synchronous=FULL");
        } catch (SQLException e) {
            throw translate(e, file, StoreException.WRITE_FAILED);
        }
        try {
            return write(work);
        } finally {
            try {
                execute("PRAGMA synchronous=NORMAL");
            } catch (SQLException e) {
                LOG.warn("Could not return {} to synchronous=NORMAL: {}", file, e.getMessage());
            }
        }
    }

    private void execute(String sql) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute(sql);
        }
    }

    /**
     * SQLite's whole-file check ({@code PRAGMA quick_check}) on a read-only connection of its own, so
     * that it never holds up the desk's reads and saves however long it reads: empty when the file is
     * sound, else SQLite's findings. Blocks for as long as reading the whole file takes (ADR 0090).
     *
     * @throws IllegalStateException when called on the JavaFX application thread
     */
    public List<String> integrityProblems() {
        if (FX_THREAD_NAME.equals(Thread.currentThread().getName())) {
            throw new IllegalStateException("Database.integrityProblems reads the whole file: not on the FX thread");
        }
        ensureOpen();
        long started = System.nanoTime();
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MILLIS);
        List<String> problems;
        try (Connection own = config.createConnection(jdbcUrl(file))) {
            problems = OpeningChecks.quickCheckRows(own).stream().filter(row -> !"ok".equals(row)).toList();
        } catch (SQLException e) {
            StoreException translated = translate(e, file, StoreException.READ_FAILED);
            if (!StoreException.CORRUPT.equals(translated.messageKey())) {
                throw translated;
            }
            problems = List.of(String.valueOf(e.getMessage()));
        }
        LOG.info("Checked {} in {} ms: {}", file, (System.nanoTime() - started) / 1_000_000,
                problems.isEmpty() ? "sound" : problems.size() + " problem(s)");
        return problems;
    }

    /** {@code PRAGMA quick_check} on the desk's own connection: empty when sound, else SQLite's findings. */
    public List<String> quickCheckProblems() {
        return read(OpeningChecks::quickCheckRows).stream().filter(row -> !"ok".equals(row)).toList();
    }

    /** What the background checkpoints have done so far (tests, diagnostics). */
    WalCheckpointer.Outcome checkpoints() {
        return checkpointer.outcome();
    }

    /** Closes the connection and releases the lock so another copy may open the database. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        // First, so that the desk's connection is the last one and SQLite folds the log in and removes it.
        checkpointer.close();
        closeQuietly(connection);
        processLock.release();
        LOG.info("Closed {}", file);
    }

    private void ensureOpen() {
        if (closed) {
            throw new IllegalStateException("database " + file + " is closed");
        }
        // A stat per call (microseconds): a deleted or swapped file stops every read and write at once,
        // so nothing more goes into a file nobody will find again.
        if (fileGone || !DatabaseIdentity.stillSame(file, fileKey)) {
            if (!fileGone) {
                LOG.error("The database file {} was removed or replaced while open: nothing more is written", file);
            }
            fileGone = true;
            throw new StoreException(StoreException.FILE_REPLACED, file, null, null);
        }
    }

    private void rollbackQuietly() {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite already rolled back by itself (it does on some errors, e.g. SQLITE_FULL).
            LOG.debug("Rollback on {}: {}", file, e.getMessage());
        }
    }

    private static Connection connect(Path file, int busyTimeoutMillis) throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(busyTimeoutMillis);
        config.enforceForeignKeys(true);
        return config.createConnection(jdbcUrl(file));
    }

    static String jdbcUrl(Path file) {
        return "jdbc:sqlite:" + file.toAbsolutePath();
    }

    /** Settings that live in the file (WAL) or must be set on every connection. */
    private static void configure(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement()) {
            try (ResultSet rs = st.executeQuery("PRAGMA journal_mode=WAL")) {
                if (!rs.next() || !"wal".equalsIgnoreCase(rs.getString(1))) {
                    throw new SQLException("the database refused WAL mode");
                }
            }
            st.execute("PRAGMA synchronous=NORMAL");
            st.execute("PRAGMA foreign_keys=ON");
            // Checkpoints are WalCheckpointer's, off the saving thread; SQLite's own stays as a safety net.
            st.execute("PRAGMA wal_autocheckpoint=" + WalCheckpointer.WRITER_FALLBACK_PAGES);
            st.execute("PRAGMA journal_size_limit=" + WalCheckpointer.LOG_SIZE_LIMIT_BYTES);
        }
    }

    /**
     * The cheap check: {@code user_version} equals {@link #SCHEMA_VERSION} on every start but the
     * first of a new program version, and then Flyway is not even loaded.
     */
    private static boolean migrateIfBehind(Connection connection, Path file, int version, SchemaMigrator migrator)
            throws SQLException {
        if (version == SCHEMA_VERSION) {
            return false;
        }
        LOG.info("Migrating {} from schema {} to {}", file, version, SCHEMA_VERSION);
        int reached = migrator.migrate(file);
        if (reached != SCHEMA_VERSION) {
            // A new V<n> file without raising SCHEMA_VERSION (or the reverse): a build mistake.
            throw new IllegalStateException("migrations reached schema " + reached
                    + " but Database.SCHEMA_VERSION is " + SCHEMA_VERSION);
        }
        try (Statement st = connection.createStatement()) {
            st.execute("PRAGMA user_version=" + SCHEMA_VERSION);
        }
        return true;
    }

    /**
     * Chains the audit entries an older version wrote, once, after the migration that added the chain
     * (SQLite has no SHA-256 to do it in SQL); one key lookup on every other open.
     */
    private static void chainLegacyAudit(Connection connection, Path file) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("BEGIN IMMEDIATE");
        }
        boolean done = false;
        try {
            if (AuditChain.chainLegacy(connection)) {
                LOG.info("Chained the audit entries of {} written before the audit chain existed", file);
            }
            done = true;
        } finally {
            try (Statement st = connection.createStatement()) {
                st.execute(done ? "COMMIT" : "ROLLBACK");
            }
        }
    }

    static int userVersion(Connection connection) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA user_version")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Maps SQLite's result code to what the clerk is told. */
    static StoreException translate(SQLException e, Path file, String fallbackKey) {
        int code = SqliteCodes.primaryCode(e);
        String key = switch (code) {
            case SqliteCodes.BUSY, SqliteCodes.LOCKED -> StoreException.LOCKED;
            case SqliteCodes.CORRUPT, SqliteCodes.NOTADB -> StoreException.CORRUPT;
            default -> fallbackKey;
        };
        return new StoreException(key, file, e.getMessage(), e);
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing the database connection failed", e);
        }
    }
}
