package kz.qabyldau.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;


/**
 * The per-user folder that holds the database, the logs and the printed forms.
 *
 * <p>Default location: {@code $XDG_DATA_HOME/qabyldau} or {@code ~/.local/share/qabyldau} on
 * Linux, {@code %LOCALAPPDATA%\Qabyldau} on Windows, {@code ~/Library/Application Support/Qabyldau}
 * on macOS; {@code --data-dir DIR} replaces it. Training mode ({@code --training}) keeps the same
 * folder but its own database and log file, so practice never mixes with real applications.
 *
 * <p>Resolving a folder touches nothing on disk; {@link #prepare()} creates it.
 */
public final class DataFolder {

    /** The office's database. */
    public static final String DATABASE_FILE = "qabyldau.db";
    /** The training-mode database, separate from the real one. */
    public static final String TRAINING_DATABASE_FILE = "training.db";

    private final Path root;
    private final boolean training;

    private DataFolder(Path root, boolean training) {
        this.root = root.toAbsolutePath().normalize();
        this.training = training;
    }

    /** The folder chosen by the command line, or the per-user default of this machine. */
    public static DataFolder resolve(LaunchOptions options) {
        return resolve(options, UserEnvironment.current());
    }

    /** As {@link #resolve(LaunchOptions)}, for the given operating-system environment. */
    public static DataFolder resolve(LaunchOptions options, UserEnvironment environment) {
        Path root = options.dataDir().orElseGet(() -> defaultRoot(environment));
        return new DataFolder(root, options.training());
    }

    /** A data folder at an explicit place (tests, tools). */
    public static DataFolder at(Path root, boolean training) {
        return new DataFolder(Objects.requireNonNull(root, "root"), training);
    }

    /** The per-user default data folder for the given environment. */
    public static Path defaultRoot(UserEnvironment env) {
        Path home = Path.of(env.userHome());
        if (env.isWindows()) {
            return env.variable("LOCALAPPDATA").map(Path::of)
                    .orElseGet(() -> home.resolve("AppData").resolve("Local"))
                    .resolve("Qabyldau");
        }
        if (env.isMac()) {
            return home.resolve("Library").resolve("Application Support").resolve("Qabyldau");
        }
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        return env.variable("XDG_DATA_HOME").map(Path::of).filter(Path::isAbsolute)
                .orElseGet(() -> home.resolve(".local").resolve("share"))
                .resolve("qabyldau");
    }

    /** The folder itself (absolute, normalized). */
    public Path root() {
        return root;
    }

    /** Whether this is training mode ({@code --training}): its own database, log and printed forms. */
    public boolean training() {
        return training;
    }

    /** {@code qabyldau.db}, or {@code training.db} in training mode. */
    public Path databaseFile() {
        return root.resolve(training ? TRAINING_DATABASE_FILE : DATABASE_FILE);
    }

    /**
     * The file a running copy locks for as long as it uses {@link #databaseFile()}; one per
     * database, so a training copy may run beside the real one.
     */
    public Path lockFile() {
        return root.resolve(databaseFile().getFileName() + ".lock");
    }

    /** {@code logs/}: the log files of both modes. */
    public Path logsFolder() {
        return root.resolve("logs");
    }

    /** The active log file; each database has its own so two copies never write one file. */
    public Path logFile() {
        return logsFolder().resolve(training ? "training.log" : "qabyldau.log");
    }

    /** Where printed forms (PDF) are kept. */
    public Path printedFormsFolder() {
        return root.resolve(training ? "printed-training" : "printed");
    }

    /**
     * Creates the folder and its sub-folders if needed and proves that files can be written
     * there (by creating and deleting a probe file: permission bits alone lie on Windows and on
     * network shares). Safe to call more than once.
     *
     * @return this folder
     * @throws DataFolderException {@link DataFolderException#CANNOT_CREATE} or
     *                             {@link DataFolderException#NOT_WRITABLE}
     */
    public DataFolder prepare() {
        // The root first: a read-only root must be reported as such, not as "cannot create logs".
        createFolder(root);
        probeWritable(root);
        restrictDatabaseFiles();
        createFolder(logsFolder());
        createFolder(printedFormsFolder());
        probeWritable(logsFolder());
        return this;
    }

    private static void createFolder(Path folder) {
        try {
            // Private to this account (0700; owner-only ACL on Windows): personal data lives here.
            PrivateFiles.folder(folder);
        } catch (IOException | SecurityException e) {
            throw new DataFolderException(Files.isDirectory(folder)
                    ? DataFolderException.NOT_WRITABLE : DataFolderException.CANNOT_CREATE, folder, e);
        }
    }

    /**
     * The database, its WAL and shared-memory files, lock and identity files: 0600, also those an older
     * version left world-readable. A database file is made before SQLite creates it, so SQLite (which
     * gives its -wal and -shm files the database file's permissions) never makes a readable one.
     */
    private void restrictDatabaseFiles() {
        Path db = databaseFile();
        try {
            for (String suffix : new String[] {"", "-wal", "-shm", "-journal", ".lock", ".id"}) {
                PrivateFiles.file(db.resolveSibling(db.getFileName() + suffix));
            }
        } catch (IOException | SecurityException e) {
            throw new DataFolderException(DataFolderException.NOT_WRITABLE, db, e);
        }
    }

    private static void probeWritable(Path folder) {
        try {
            Path probe = Files.createTempFile(folder, ".write-probe-", ".tmp");
            Files.delete(probe);
        } catch (IOException | SecurityException e) {
            throw new DataFolderException(DataFolderException.NOT_WRITABLE, folder, e);
        }
    }

    @Override
    public String toString() {
        return root + (training ? " (training)" : "");
    }
}
