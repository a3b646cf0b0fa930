package kz.qabyldau.app.store;

import java.nio.file.Path;

import kz.qabyldau.app.config.StorageException;

/**
 * The database cannot be opened, read or written. {@link #messageKey()} names the reason in
 * bundle {@code store}; {@link #path()} is the database file. Nothing on disk is changed by the
 * failure that raises it.
 */
public final class StoreException extends StorageException {

    private static final long serialVersionUID = 1L;

    /** Another running copy of Qabyldau (or another program) holds the database. */
    public static final String LOCKED = "store.database.locked";
    /** The file is not an SQLite database, or SQLite's quick check finds damage. */
    public static final String CORRUPT = "store.database.corrupt";
    /** The schema version is newer than this program's migrations. */
    public static final String SCHEMA_TOO_NEW = "store.database.schemaTooNew";
    /** The file cannot be opened for another reason (permissions, I/O error). */
    public static final String OPEN_FAILED = "store.database.openFailed";
    /** A migration failed; the transaction of that migration was rolled back. */
    public static final String MIGRATION_FAILED = "store.database.migrationFailed";
    /** A read failed. */
    public static final String READ_FAILED = "store.database.readFailed";
    /** A write transaction failed and was rolled back (disk full, read-only medium …). */
    public static final String WRITE_FAILED = "store.database.writeFailed";

    /** The database is encrypted and no operator has opened its key (sign in first). */
    public static final String KEY_LOCKED = "store.database.keyLocked";
    /** A sealed value does not open: it was changed, or moved from another row, column or database. */
    public static final String TAMPERED = "store.database.tampered";
    /** The database file was removed or replaced while the workstation had it open. */
    public static final String FILE_REPLACED = "store.database.fileReplaced";
    /** A database used to be here (its identity side file says so) but the file is gone. */
    public static final String FILE_MISSING = "store.database.fileMissing";

    /**
     * @param messageKey one of the constants of this class
     * @param database   the database file
     * @param detail     technical detail for the log (English), may be null
     * @param cause      the underlying exception, may be null
     */
    public StoreException(String messageKey, Path database, String detail, Throwable cause) {
        super(messageKey, database, detail, cause);
    }
}
