package kz.qabyldau.app.central;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Tables {@code scan} and {@code scan_chunk}: the scans each office uploaded, chunk by chunk (protocol 3.2). */
final class ReceivedScans {

    /** What the server holds of one scan of one office. */
    record ScanState(String sha256, long received, long size, boolean complete) {
    }

    /**
     * The result of a chunk.
     *
     * @param completedNow whether this chunk completed the scan (its hash verified)
     * @param mismatch     the actual hash when the complete upload did not match its address (the bytes are gone)
     */
    record ScanWrite(ScanState state, boolean completedNow, String mismatch) {
    }

    private final CentralStore store;

    ReceivedScans(CentralStore store) {
        this.store = store;
    }

    ScanState scan(String office, String sha256) {
        return store.tx(c -> scanState(c, office, sha256).orElse(new ScanState(sha256, 0, 0, false)));
    }

    /**
     * Applies one chunk (protocol 3.2). All or nothing: a refused chunk leaves what was held.
     *
     * @return the state after the chunk and whether this call is the one that completed the scan
     */
    ScanWrite putChunk(String office, String sha256, String mediaType, long first, long total, byte[] bytes,
                       long nowMillis, long quotaBytes) {
        return store.tx(c -> {
            Optional<ScanState> held = scanState(c, office, sha256);
            if (held.isPresent() && held.get().complete()) {
                return new ScanWrite(held.get(), false, null);
            }
            long received = held.map(ScanState::received).orElse(0L);
            if (first == 0 && held.isPresent()) {
                // A restart from byte 0 drops whatever a cut-off upload left.
                delete(c, office, sha256);
                held = Optional.empty();
                received = 0;
            }
            if (first != received) {
                throw SyncError.conflict("RANGE_MISMATCH", "the server holds " + received + " bytes of this scan; "
                        + "continue from there or restart from 0").with("received", received);
            }
            if (held.isPresent() && held.get().size() != total) {
                throw SyncError.conflict("RANGE_MISMATCH", "this scan was started with a size of " + held.get().size()
                        + " bytes, not " + total + "; restart from 0").with("received", received);
            }
            long officeBytes = Sql.count(c, "SELECT COALESCE(SUM(received), 0) FROM scan WHERE office = ?", office);
            if (officeBytes + bytes.length > quotaBytes) {
                throw new SyncError(413, "QUOTA_EXCEEDED", "this office holds " + officeBytes
                        + " bytes of scans; the chunk would pass its quota").with("limit", quotaBytes);
            }
            if (held.isEmpty()) {
                Sql.update(c, "INSERT INTO scan (office, sha256, total, received, media_type, touched_at_millis) "
                        + "VALUES (?, ?, ?, 0, ?, ?)", office, sha256, total, mediaType, nowMillis);
            }
            Sql.update(c, "INSERT INTO scan_chunk (office, sha256, first_byte, bytes) VALUES (?, ?, ?, ?)",
                    office, sha256, first, bytes);
            long now = received + bytes.length;
            Sql.update(c, "UPDATE scan SET received = ?, touched_at_millis = ? WHERE office = ? AND sha256 = ?", now,
                    nowMillis, office, sha256);
            if (now < total) {
                return new ScanWrite(new ScanState(sha256, now, total, false), false, null);
            }
            String actual = hashOf(c, office, sha256);
            if (!actual.equals(sha256)) {
                delete(c, office, sha256);
                // Committed on purpose: the refusal discards the bytes, so the next attempt starts clean.
                return new ScanWrite(new ScanState(sha256, 0, total, false), false, actual);
            }
            Sql.update(c, "UPDATE scan SET complete = 1 WHERE office = ? AND sha256 = ?", office, sha256);
            return new ScanWrite(new ScanState(sha256, total, total, true), true, null);
        });
    }

    /**
     * Drops every incomplete upload last continued before {@code cutoffMillis}: a cut-off upload nobody resumes, or
     * bytes sent only to fill the disk. @return how many
     */
    int expire(long cutoffMillis) {
        return store.tx(c -> {
            Sql.update(c, "DELETE FROM scan_chunk WHERE (office, sha256) IN (SELECT office, sha256 FROM scan "
                    + "WHERE complete = 0 AND touched_at_millis < ?)", cutoffMillis);
            return Sql.update(c, "DELETE FROM scan WHERE complete = 0 AND touched_at_millis < ?", cutoffMillis);
        });
    }

    /** The hashes among {@code hashes} that this office does not hold complete, in the order given. */
    List<String> missing(String office, Collection<String> hashes) {
        return store.tx(c -> {
            Set<String> missing = new LinkedHashSet<>();
            for (String h : hashes) {
                Optional<ScanState> s = scanState(c, office, h);
                if (s.isEmpty() || !s.get().complete()) {
                    missing.add(h);
                }
            }
            return List.copyOf(missing);
        });
    }

    private static Optional<ScanState> scanState(Connection c, String office, String sha256) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT received, total, complete FROM scan WHERE office = ? AND sha256 = ?")) {
            ps.setString(1, office);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(new ScanState(sha256, rs.getLong(1), rs.getLong(2), rs.getInt(3) == 1))
                        : Optional.empty();
            }
        }
    }

    private static void delete(Connection c, String office, String sha256) throws SQLException {
        Sql.update(c, "DELETE FROM scan_chunk WHERE office = ? AND sha256 = ?", office, sha256);
        Sql.update(c, "DELETE FROM scan WHERE office = ? AND sha256 = ?", office, sha256);
    }

    private static String hashOf(Connection c, String office, String sha256) throws SQLException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT bytes FROM scan_chunk WHERE office = ? AND sha256 = ? ORDER BY first_byte")) {
            ps.setString(1, office);
            ps.setString(2, sha256);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    digest.update(rs.getBytes(1));
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
