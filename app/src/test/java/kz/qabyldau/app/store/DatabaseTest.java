package kz.qabyldau.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.config.DataFolderException;
import kz.qabyldau.app.config.ReadOnlyFolder;
import kz.qabyldau.app.settings.OfficeSettings;

class DatabaseTest {

    @TempDir
    Path temp;

    private PrintStream stderr;

    @BeforeEach
    void quietStderr() {
        // Refusals are logged as warnings (to stderr by design): keep them out of the build output.
        stderr = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(stderr);
    }

    private DataFolder folder() {
        return DataFolder.at(temp.resolve("data"), false);
    }

    /** Counts the migrator's calls while still running the real Flyway migrations. */
    private static final class CountingMigrator implements SchemaMigrator {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public int migrate(Path databaseFile) {
            calls.incrementAndGet();
            return new FlywayMigrator().migrate(databaseFile);
        }
    }

    @Test
    void migratesAnEmptyFolderToTheLatestSchema() {
        try (Database db = Database.open(folder())) {
            assertThat(db.migratedOnOpen()).isTrue();
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
            List<String> tables = db.read(DatabaseTest::tableNames);
            assertThat(tables).contains("settings", "audit_log", "flyway_schema_history");
        }
    }

    @Test
    void opensInWalModeWithForeignKeysOn() {
        try (Database db = Database.open(folder())) {
            String journalMode = db.read(c -> pragma(c, "journal_mode"));
            String foreignKeys = db.read(c -> pragma(c, "foreign_keys"));
            String synchronous = db.read(c -> pragma(c, "synchronous"));
            assertThat(journalMode).isEqualTo("wal");
            assertThat(foreignKeys).isEqualTo("1");
            assertThat(synchronous).isEqualTo("1"); // NORMAL
        }
    }

    @Test
    void aDurableWriteCommitsWithSynchronousFullAndAutosaveStaysNormal() {
        try (Database db = Database.open(folder())) {
            String during = db.writeDurably(c -> pragma(c, "synchronous"));
            String after = db.read(c -> pragma(c, "synchronous"));
            assertThat(during).isEqualTo("2"); // FULL
            assertThat(after).isEqualTo("1");
            assertThatThrownBy(() -> db.writeDurably(c -> {
                throw new IllegalStateException("refused");
            })).isInstanceOf(IllegalStateException.class);
            String afterFailure = db.write(c -> pragma(c, "synchronous"));
            assertThat(afterFailure).as("after a failed one too").isEqualTo("1");
        }
    }

    @Test
    void secondOpenSkipsTheMigrationsEntirely() {
        CountingMigrator migrator = new CountingMigrator();
        Database.open(folder(), migrator).close();
        assertThat(migrator.calls).hasValue(1);

        try (Database again = Database.open(folder(), migrator)) {
            assertThat(migrator.calls).as("Flyway must not run when user_version is current").hasValue(1);
            assertThat(again.migratedOnOpen()).isFalse();
        }
    }

    @Test
    void schemaVersionConstantEqualsTheHighestMigrationFile() throws IOException, URISyntaxException {
        Path migrations = Path.of(Database.class.getResource("/db/migration").toURI());
        Pattern versioned = Pattern.compile("V(\\d+)__.+\\.sql");
        int highest;
        try (Stream<Path> files = Files.list(migrations)) {
            highest = files.map(p -> versioned.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        }
        assertThat(Database.SCHEMA_VERSION).isEqualTo(highest);
    }

    @Test
    void secondOpenWhileTheFirstIsOpenIsRefusedAsLocked() {
        try (Database first = Database.open(folder())) {
            assertThatThrownBy(() -> Database.open(folder()))
                    .isInstanceOfSatisfying(StoreException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo(StoreException.LOCKED);
                        assertThat(e.path()).isEqualTo(first.file());
                    });
            assertThat(first.schemaVersion()).as("the first copy keeps working").isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void openingOnTheFxThreadIsRefusedBecauseItBlocks() throws InterruptedException {
        var failure = new AtomicReference<Throwable>();
        Thread fx = new Thread(() -> {
            try {
                Database.open(folder()).close();
            } catch (Throwable t) {
                failure.set(t);
            }
        }, "JavaFX Application Thread");
        fx.start();
        fx.join();
        assertThat(failure.get()).isInstanceOf(IllegalStateException.class).hasMessageContaining("background");
        assertThat(folder().databaseFile()).doesNotExist();
    }

    @Test
    void closingReleasesTheLock() {
        Database.open(folder()).close();
        try (Database again = Database.open(folder())) {
            assertThat(again.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void databaseHeldByAnotherProcessIsRefusedAsLocked() throws IOException {
        Database.open(folder()).close();
        Path stderr = temp.resolve("child.err");
        Process child = StoreChildProcess.start("hold", folder().root(), stderr);
        try {
            StoreChildProcess.awaitOpen(child, stderr);
            assertThatThrownBy(() -> Database.open(folder()))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(StoreException.LOCKED));
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void refusedSecondOpenInThisJvmDoesNotLoosenTheFirstCopysLock() throws IOException {
        Path stderrFile = temp.resolve("child.err");
        try (Database first = Database.open(folder())) {
            assertThatThrownBy(() -> Database.open(folder())).isInstanceOf(StoreException.class);

            // On POSIX, closing any descriptor of the lock file drops the process's lock on it.
            Process child = StoreChildProcess.start("hold", folder().root(), stderrFile);
            try {
                String firstLine = new BufferedReader(new InputStreamReader(child.getInputStream(),
                        StandardCharsets.UTF_8)).readLine();
                assertThat(firstLine).as("the other process must not get in")
                        .isEqualTo("refused " + StoreException.LOCKED);
            } finally {
                child.destroyForcibly();
            }
        }
    }

    @Test
    void databaseKeptBusyByAnotherProgramGivesTheLockedMessageNotACrash() throws SQLException {
        DataFolder folder = folder();
        Database.open(folder).close();
        try (Database db = Database.open(folder, new CountingMigrator(), 100);
             Connection other = DriverManager.getConnection(Database.jdbcUrl(folder.databaseFile()));
             Statement st = other.createStatement()) {
            st.execute("BEGIN IMMEDIATE"); // e.g. a DB browser with an unfinished edit
            SqliteSettingsStore settings = new SqliteSettingsStore(db);
            OfficeSettings changed = new OfficeSettings("Office", "", "", "Clerk", "ru", "");
            assertThatThrownBy(() -> settings.save(changed))
                    .isInstanceOfSatisfying(StoreException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(StoreException.LOCKED));
            st.execute("ROLLBACK");

            settings.save(changed);
            assertThat(settings.load()).as("usable again once the other program lets go").isEqualTo(changed);
        }
    }

    @Test
    void trainingAndRealDatabasesAreSeparateAndMayBeOpenTogether() {
        try (Database real = Database.open(DataFolder.at(temp, false));
             Database training = Database.open(DataFolder.at(temp, true))) {
            assertThat(real.file()).isNotEqualTo(training.file());
            assertThat(training.file().getFileName()).hasToString("training.db");
        }
    }

    @Test
    void fileThatIsNotADatabaseIsReportedCorruptAndLeftUntouched() throws IOException {
        DataFolder folder = folder().prepare();
        byte[] garbage = "This is a letter, not a database. ".repeat(200).getBytes(StandardCharsets.UTF_8);
        Files.write(folder.databaseFile(), garbage);

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(StoreException.CORRUPT);
                    assertThat(e.localizedMessage(Locale.forLanguageTag("ru"))).contains("повреждена")
                            .contains(folder.databaseFile().toString());
                });
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(garbage);
        assertThat(folder.root().resolve("qabyldau.db-wal")).doesNotExist();
    }

    /** A database closed cleanly, then three pages in its middle overwritten (a failing disk). */
    private DataFolder damagedAfterACleanClose() throws IOException {
        DataFolder folder = folder();
        try (Database db = Database.open(folder)) {
            db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE filler (id INTEGER PRIMARY KEY, text TEXT)");
                    st.execute("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 2000) "
                            + "INSERT INTO filler SELECT i, printf('%.200c', 'x') FROM n");
                }
                return null;
            });
        }
        byte[] bytes = Files.readAllBytes(folder.databaseFile());
        int pageSize = 4096;
        for (int i = bytes.length / 2; i < bytes.length / 2 + 3 * pageSize; i++) {
            bytes[i] = (byte) (i * 31);
        }
        Files.write(folder.databaseFile(), bytes);
        return folder;
    }

    @Test
    void damagedDatabaseAfterACleanExitOpensAtOnceAndTheBackgroundCheckFindsTheDamage() throws IOException {
        DataFolder folder = damagedAfterACleanClose();
        byte[] damaged = Files.readAllBytes(folder.databaseFile());
        assertThat(folder.root().resolve("qabyldau.db-wal")).as("a clean close leaves no log").doesNotExist();

        try (Database db = Database.open(folder)) {
            assertThat(db.integrityProblems()).isNotEmpty();
            assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(damaged);
        }
    }

    @Test
    void soundDatabaseHasNoIntegrityProblems() {
        try (Database db = Database.open(folder())) {
            assertThat(db.integrityProblems()).isEmpty();
        }
    }

    @Test
    void damagedDatabaseAfterAnUncleanExitIsRefusedAtOpenAndLeftUntouched() throws IOException {
        DataFolder folder = damagedAfterACleanClose();
        // What a killed program leaves beside the file: its write-ahead log (here one SQLite cannot use).
        Files.write(folder.root().resolve("qabyldau.db-wal"), new byte[] {1, 2, 3, 4});
        byte[] bytes = Files.readAllBytes(folder.databaseFile());

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(StoreException.CORRUPT));
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(bytes);
    }

    @Test
    void schemaNewerThanThisProgramIsRefused() throws SQLException, IOException {
        DataFolder folder = folder();
        Database.open(folder).close();
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(folder.databaseFile()));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version=" + (Database.SCHEMA_VERSION + 1));
        }
        byte[] before = Files.readAllBytes(folder.databaseFile());

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(StoreException.SCHEMA_TOO_NEW));
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
    }

    @Test
    void sqliteFileOfAnotherProgramIsRefusedAndLeftUntouched() throws SQLException, IOException {
        DataFolder folder = folder().prepare();
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(folder.databaseFile()));
             Statement st = c.createStatement()) {
            st.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)");
            st.execute("INSERT INTO invoices VALUES (1, 9.5)");
        }
        byte[] before = Files.readAllBytes(folder.databaseFile());

        assertThatThrownBy(() -> Database.open(folder))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(StoreException.CORRUPT));
        assertThat(Files.readAllBytes(folder.databaseFile())).isEqualTo(before);
    }

    @Test
    void startThatStoppedBeforeRecordingUserVersionIsCompletedByFlyway() throws SQLException {
        DataFolder folder = folder();
        Database.open(folder).close();
        try (Connection c = DriverManager.getConnection(Database.jdbcUrl(folder.databaseFile()));
             Statement st = c.createStatement()) {
            st.execute("PRAGMA user_version=0");
        }
        CountingMigrator migrator = new CountingMigrator();
        try (Database db = Database.open(folder, migrator)) {
            assertThat(migrator.calls).hasValue(1);
            assertThat(db.schemaVersion()).isEqualTo(Database.SCHEMA_VERSION);
        }
    }

    @Test
    void failingMigrationIsReportedWithTheDatabasePath() {
        SchemaMigrator failing = file -> {
            throw new StoreException(StoreException.MIGRATION_FAILED, file, "test", null);
        };
        assertThatThrownBy(() -> Database.open(folder(), failing))
                .isInstanceOfSatisfying(StoreException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo(StoreException.MIGRATION_FAILED);
                    assertThat(e.path()).isEqualTo(folder().databaseFile());
                });
        // The lock was released: a fixed program can open it.
        Database.open(folder()).close();
    }

    @Test
    void failedWriteIsRolledBack() {
        try (Database db = Database.open(folder())) {
            assertThatThrownBy(() -> db.write(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("INSERT INTO settings (key, value) VALUES ('office.name', 'half-saved')");
                    st.execute("INSERT INTO no_such_table VALUES (1)");
                }
                return null;
            })).isInstanceOfSatisfying(StoreException.class,
                    e -> assertThat(e.messageKey()).isEqualTo(StoreException.WRITE_FAILED));
            int rows = db.read(c -> count(c, "settings"));
            assertThat(rows).isZero();
        }
    }

    @Test
    void readOnlyDataFolderGivesAClearError() throws IOException {
        DataFolder folder = folder();
        Database.open(folder).close();
        ReadOnlyFolder.makeReadOnly(folder.root());
        try {
            assumeTrue(
                    ReadOnlyFolder.isReallyReadOnly(folder.root()));
            assertThatThrownBy(() -> Database.open(folder))
                    .isInstanceOfSatisfying(DataFolderException.class,
                            e -> assertThat(e.messageKey()).isEqualTo(DataFolderException.NOT_WRITABLE));
        } finally {
            ReadOnlyFolder.makeWritable(folder.root());
        }
    }

    static List<String> tableNames(Connection c) throws SQLException {
        List<String> names = new ArrayList<>();
        try (Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static String pragma(Connection c, String name) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        }
    }

    static int count(Connection c, String table) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
