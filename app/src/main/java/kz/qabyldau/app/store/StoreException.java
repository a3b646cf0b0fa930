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
