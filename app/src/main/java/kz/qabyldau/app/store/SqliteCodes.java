package kz.qabyldau.app.store;

import java.sql.SQLException;

import org.sqlite.SQLiteException;

/** SQLite's primary result codes that decide what the clerk is told (https://sqlite.org/rescode.html). */
final class SqliteCodes {

    static final int BUSY = 5;
    static final int LOCKED = 6;
    static final int CORRUPT = 11;
    static final int NOTADB = 26;

    private SqliteCodes() {
    }

    /** The primary code of the first SQLite error in the cause chain, or -1. */
    static int primaryCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException sqlite) {
                return sqlite.getResultCode().code & 0xFF;
            }
            if (t instanceof SQLException sql && sql.getErrorCode() > 0) {
                return sql.getErrorCode() & 0xFF;
            }
        }
        return -1;
    }
}
