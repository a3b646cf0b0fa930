package kz.qabyldau.app.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * The audit log's hash chain (docs/storage.md "Audit trail", ADR 0110). Every entry holds
 * {@code prev_hash}, the {@code entry_hash} of the entry before it ({@link #GENESIS} for the first), and
 * {@code entry_hash} = SHA-256 of {@link #canonical the canonical encoding} of {@code prev_hash} and its own
 * stored content. The chain is computed over what is stored (a sealed {@code details} as its sealed text), so
 * {@link #verify} needs no key.
 *
 * <p>What the chain proves, and what it cannot: a row changed, removed from the middle or the start,
 * inserted or renumbered with plain SQL breaks it. The chain holds no secret, so someone who knows this
 * encoding can re-chain a forged tail; and removing the newest entries leaves a shorter chain that is
 * still intact. The {@code head} record ({@code audit_state}, written with each entry) catches a removed tail
 * done without knowing of it; what the central service acknowledged ({@code central.acked}) anchors the
 * chain outside this file.
 */
public final class AuditChain {

    /** The {@code prev_hash} of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The first bytes hashed for every entry: the encoding's name and version. */
    static final String ENCODING = "qabyldau.audit/1";

    static final String HEAD = "head";
    static final String LEGACY_UNCHAINED = "legacy.unchained";
    /** The last entry the central service holds: "id hash". */
    public static final String CENTRAL_ACKED = "central.acked";

    private static final HexFormat HEX = HexFormat.of();

    private AuditChain() {
    }

    /** One row as stored (details as stored: sealed text in an encrypted database). */
    public record StoredEntry(long id, String at, String clerk, String action, String subject, String details,
                              String prevHash, String entryHash) {

        /** The hash this row's content and {@code prevHash} should have. */
        public String computedHash() {
            return hash(prevHash == null ? "" : prevHash, id, at, clerk, action, subject, details);
        }
    }

    /** What {@link #verify} found. */
    public enum Problem {
        /** An entry's content (or its hash) no longer matches its hash. */
        CHANGED,
        /** An entry has no hash: inserted with plain SQL, or its hash was removed. */
        UNCHAINED,
        /** Entries are missing before this one (a gap in the ids, or the first is not 1). */
        REMOVED_BEFORE,
        /** The entry does not follow the one before it: inserted, or the one before was changed and re-hashed. */
        NOT_FOLLOWING,
        /** The newest entries were removed: the head record names a later entry. */
        TAIL_REMOVED,
        /** The head record does not match the last entry, or is missing while entries exist. */
        HEAD_MISMATCH,
        /** The entry the central service acknowledged is gone or changed. */
        ACKNOWLEDGED_CHANGED,
        /** The last sync round found that the central service holds another trail for this workstation. */
        CENTRAL_DISAGREES
    }

    /**
     * The outcome: intact, or the first problem and the entry it names ({@code entry}, 0 when none).
     * {@code entries} counts the rows read.
     */
    public record Verification(long entries, Optional<Problem> problem, long entry, String description) {

        public boolean intact() {
            return problem.isEmpty();
        }

        static Verification ok(long entries) {
            return new Verification(entries, Optional.empty(), 0, "intact");
        }

        static Verification broken(long entries, Problem problem, long entry, String description) {
            return new Verification(entries, Optional.of(problem), entry, description);
        }
    }

    /**
     * SHA-256 (hex) of the canonical encoding: the UTF-8 bytes of {@value #ENCODING}, then each field as a
     * 4-byte big-endian length and its UTF-8 bytes, in this order: prev_hash (hex), id (decimal), at,
     * clerk, action, subject, details. Lengths make the encoding unambiguous whatever a field holds.
     */
    public static String hash(String prevHash, long id, String at, String clerk, String action, String subject,
                              String details) {
        MessageDigest sha = sha256();
        sha.update(ENCODING.getBytes(StandardCharsets.UTF_8));
        for (String field : new String[] {prevHash, Long.toString(id), at, clerk, action, subject, details}) {
            byte[] bytes = Objects.requireNonNull(field, "field").getBytes(StandardCharsets.UTF_8);
            sha.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
            sha.update(bytes);
        }
        return HEX.formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** The last entry's id and hash, or empty for an empty log; call inside the write transaction. */
    static Optional<StoredEntry> last(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(SELECT + " ORDER BY id DESC LIMIT 1");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(row(rs)) : Optional.empty();
        }
    }

    private static final String SELECT =
            "SELECT id, at, clerk, action, subject, details, prev_hash, entry_hash FROM audit_log";

    private static StoredEntry row(ResultSet rs) throws SQLException {
        return new StoredEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getString(7), rs.getString(8));
    }

    /** Records the newest entry as the head; in the transaction that wrote it. */
    static void putHead(Connection c, long id, String hash) throws SQLException {
        putState(c, HEAD, id + " " + hash);
    }

    static void putState(Connection c, String key, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "INSERT INTO audit_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = ?")) {
            st.setString(1, key);
            st.setString(2, value);
            st.setString(3, value);
            st.executeUpdate();
        }
    }

    static Optional<String> state(Connection c, String key) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM audit_state WHERE key = ?")) {
            st.setString(1, key);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    /**
     * Chains the rows an older version wrote (the migration left the {@code legacy.unchained} marker), once,
     * in the caller's transaction; nothing to do (one key lookup) on every other open.
     *
     * @return whether rows were chained
     */
    static boolean chainLegacy(Connection c) throws SQLException {
        if (state(c, LEGACY_UNCHAINED).isEmpty()) {
            return false;
        }
        rechainAll(c);
        try (PreparedStatement st = c.prepareStatement("DELETE FROM audit_state WHERE key = ?")) {
            st.setString(1, LEGACY_UNCHAINED);
            st.executeUpdate();
        }
        return true;
    }

    /**
     * Computes the whole chain again over what is stored, in the caller's transaction: for the legacy rows, and
     * when an office database gets its data key and the details written while it was plain are sealed
     * ({@link PersonalColumns#sealExisting}), which changes what is stored. Both happen before the desk starts
     * the sync, so nothing the central service acknowledged is re-chained.
     */
    static void rechainAll(Connection c) throws SQLException {
        rechainAfter(c, 0);
    }

    /** The id of the newest entry the central service acknowledged, 0 when none. */
    static long acknowledgedId(Connection c) throws SQLException {
        return state(c, CENTRAL_ACKED).map(AuditChain::parseId).filter(id -> id > 0).orElse(0L);
    }

    /**
     * As {@link #rechainAll}, but the entries up to {@code afterId} (the ones the central service holds) keep
     * their hashes: the chain is computed again from the entry after it.
     */
    static void rechainAfter(Connection c, long afterId) throws SQLException {
        String prev = afterId == 0 ? GENESIS : hashOf(c, afterId).orElse(GENESIS);
        long lastId = 0;
        try (PreparedStatement select = c.prepareStatement(SELECT + " WHERE id > " + afterId + " ORDER BY id");
             PreparedStatement update = c.prepareStatement(
                     "UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?");
             ResultSet rs = select.executeQuery()) {
            while (rs.next()) {
                StoredEntry e = row(rs);
                String hash = hash(prev, e.id(), e.at(), e.clerk(), e.action(), e.subject(), e.details());
                update.setString(1, prev);
                update.setString(2, hash);
                update.setLong(3, e.id());
                update.addBatch();
                prev = hash;
                lastId = e.id();
            }
            update.executeBatch();
        }
        if (lastId > 0) {
            putHead(c, lastId, prev);
        }
    }

    /**
     * Walks the whole chain in id order and names the first entry that was changed, removed or inserted,
     * then checks the head record and the entry the central service acknowledged. Reads only what is
     * stored: no key needed.
     */
    public static Verification verify(Connection c) throws SQLException {
        long count = 0;
        StoredEntry previous = null;
        try (PreparedStatement st = c.prepareStatement(SELECT + " ORDER BY id"); ResultSet rs = st.executeQuery()) {
            while (rs.next()) {
                StoredEntry e = row(rs);
                count++;
                Optional<Verification> broken = check(count, previous, e);
                if (broken.isPresent()) {
                    return broken.get();
                }
                previous = e;
            }
        }
        return checkHeadAndAnchor(c, count, previous);
    }

    private static Optional<Verification> check(long count, StoredEntry previous, StoredEntry e) {
        long expectedId = previous == null ? 1 : previous.id() + 1;
        String expectedPrev = previous == null ? GENESIS : previous.entryHash();
        if (e.prevHash() == null || e.entryHash() == null) {
            return Optional.of(Verification.broken(count, Problem.UNCHAINED, e.id(), "entry " + e.id()
                    + " has no hash: it was inserted, or its hash removed"));
        }
        if (!e.computedHash().equals(e.entryHash())) {
            return Optional.of(Verification.broken(count, Problem.CHANGED, e.id(), "entry " + e.id()
                    + " was changed: its content does not match its hash"));
        }
        if (e.id() != expectedId) {
            String what = previous == null ? "entries before " + e.id() + " were removed (the log starts at "
                    + e.id() + ")" : "entries between " + previous.id() + " and " + e.id() + " were removed";
            return Optional.of(Verification.broken(count, Problem.REMOVED_BEFORE, e.id(), what));
        }
        if (!e.prevHash().equals(expectedPrev)) {
            return Optional.of(Verification.broken(count, Problem.NOT_FOLLOWING, e.id(), "entry " + e.id()
                    + " does not follow entry " + (previous == null ? "0 (the start)" : previous.id())
                    + ": it was inserted, or the entry before it was changed and re-hashed"));
        }
        return Optional.empty();
    }

    private static Verification checkHeadAndAnchor(Connection c, long count, StoredEntry last) throws SQLException {
        Optional<String> head = state(c, HEAD);
        if (last == null && head.isPresent() || last != null && head.isEmpty()) {
            return Verification.broken(count, Problem.HEAD_MISMATCH, last == null ? 0 : last.id(), last == null
                    ? "every entry was removed (the head record names " + head.get().split(" ")[0] + ")"
                    : "the head record is missing: it was removed");
        }
        if (last != null && !head.get().equals(last.id() + " " + last.entryHash())) {
            long headId = parseId(head.get());
            return headId > last.id()
                    ? Verification.broken(count, Problem.TAIL_REMOVED, last.id() + 1, "the entries after " + last.id()
                            + " were removed (the log ended at " + headId + ")")
                    : Verification.broken(count, Problem.HEAD_MISMATCH, last.id(), "entry " + last.id()
                            + " is not the head record's entry: the newest entries were changed or added");
        }
        Optional<String> acked = state(c, CENTRAL_ACKED);
        if (acked.isPresent()) {
            long ackedId = parseId(acked.get());
            String ackedHash = acked.get().substring(acked.get().indexOf(' ') + 1);
            Optional<String> stored = hashOf(c, ackedId);
            if (stored.isEmpty() || !stored.get().equals(ackedHash)) {
                return Verification.broken(count, Problem.ACKNOWLEDGED_CHANGED, ackedId, "entry " + ackedId
                        + ", the last one the central service holds, was " + (stored.isEmpty() ? "removed" : "changed")
                        + " since");
            }
        }
        Optional<String> disagrees = state(c, AuditAnchor.DISAGREES);
        if (disagrees.isPresent()) {
            return Verification.broken(count, Problem.CENTRAL_DISAGREES, 0, "the central service holds another "
                    + "trail for this workstation: " + disagrees.get());
        }
        return Verification.ok(count);
    }

    private static long parseId(String idAndHash) {
        try {
            return Long.parseLong(idAndHash.substring(0, Math.max(0, idAndHash.indexOf(' '))));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static Optional<String> hashOf(Connection c, long id) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT entry_hash FROM audit_log WHERE id = ?")) {
            st.setLong(1, id);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
