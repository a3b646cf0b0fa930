package kz.qabyldau.app.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The checks {@link Database#open} makes before it writes anything, each refusing with a
 * {@link StoreException} so that a file that is not ours, damaged or too new stays byte-for-byte
 * as it was.
 */
final class OpeningChecks {

    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private OpeningChecks() {
    }

    /**
     * Refuses a file that does not start with SQLite's header before SQLite sees it, so nothing
     * (not even a journal-mode change) can ever be written into someone's document or a damaged
     * database. An empty file is what SQLite itself leaves when creation was interrupted: it is
     * a new database.
     */
    static void refuseNonDatabase(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] header = new byte[SQLITE_HEADER.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(header, 0, header.length);
            }
            if (read < header.length || !Arrays.equals(header, SQLITE_HEADER)) {
                throw new StoreException(StoreException.CORRUPT, file, "no SQLite header", null);
            }
        } catch (IOException e) {
            throw new StoreException(StoreException.OPEN_FAILED, file, e.toString(), e);
        }
    }

    /**
     * Whether the last program to use the database did not close it: SQLite deletes the write-ahead
     * log when its last connection closes cleanly, so a log left beside the file means a crash, a
     * kill or a power cut (ADR 0090). Asked before the connection is opened, which makes a new log.
     */
    static boolean leftByUncleanExit(Path file) {
        Path wal = file.resolveSibling(file.getFileName() + "-wal");
        try {
            return Files.exists(wal) && Files.size(wal) > 0;
        } catch (IOException e) {
            // Cannot tell: check, as after a crash.
            return true;
        }
    }

    /** SQLite's own page-level check must answer exactly "ok". */
    static void quickCheck(Connection connection, Path file) throws SQLException {
        List<String> rows = quickCheckRows(connection);
        if (!rows.equals(List.of("ok"))) {
            throw new StoreException(StoreException.CORRUPT, file, "quick_check: " + String.join("; ", rows), null);
        }
    }

    static List<String> quickCheckRows(Connection connection) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("PRAGMA quick_check")) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }

    /**
     * A newer program's schema, or another program's SQLite file put in our place (tables but
     * neither our user_version nor Flyway's history): refuse rather than migrate over it. Tables
     * with a history and user_version 0 are ours, from a start that stopped between Flyway's
     * commit and the user_version update; Flyway then finds nothing to do.
     */
    static void refuseUnknownSchema(Connection connection, Path file, int version) throws SQLException {
        if (version > Database.SCHEMA_VERSION) {
            throw new StoreException(StoreException.SCHEMA_TOO_NEW, file,
                    "user_version " + version + ", this program knows " + Database.SCHEMA_VERSION, null);
        }
        if (version == 0) {
            List<String> tables = new ArrayList<>();
            try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            if (!tables.isEmpty() && !tables.contains("flyway_schema_history")) {
                throw new StoreException(StoreException.CORRUPT, file,
                        "tables " + tables + " without a Qabyldau schema version", null);
            }
        }
    }
}
