package kz.qabyldau.app.central;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.channels.FileChannel;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import kz.qabyldau.app.store.FlywayMigrator;
import kz.qabyldau.app.store.SqlWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * The simulator's SQLite database ({@code central.db}): scans, submissions, permits issued, the change log and number
 * sequences. One connection; every method is one transaction, serialised on this object — which is also what makes
 * concurrent repeats of one application PUT find each other.
 */
final class CentralStore implements AutoCloseable {

    /** The highest migration in {@value #LOCATION}; kept in {@code PRAGMA user_version}. */
    static final int SCHEMA_VERSION = 1;
    static final String LOCATION = "classpath:db/central";
    static final String FILE_NAME = "central.db";

    private static final Logger LOG = LoggerFactory.getLogger(CentralStore.class);

    private final Path file;
    private final Connection connection;
    private final FileChannel lockChannel;

    private CentralStore(Path file, Connection connection, FileChannel lockChannel) {
        this.file = file;
        this.connection = connection;
        this.lockChannel = lockChannel;
    }

    /**
     * Holds {@code central.db.lock} for as long as the store is open: two simulators on one folder would hand out the
     * same numbers and cursors.
     */
    private static FileChannel lock(Path dir) throws java.io.IOException {
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
        } catch (java.io.IOException | SQLException e) {
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

    // ---------------------------------------------------------------- scans

    /** What the server holds of one scan of one office. */
    record ScanState(String sha256, long received, long size, boolean complete) {
    }

    synchronized ScanState scan(String office, String sha256) {
        return tx(c -> scanState(c, office, sha256).orElse(new ScanState(sha256, 0, 0, false)));
    }

    /**
     * Applies one chunk (protocol 3.2). All or nothing: a refused chunk leaves what was held.
     *
     * @return the state after the chunk and whether this call is the one that completed the scan
     */
    synchronized ScanWrite putChunk(String office, String sha256, String mediaType, long first, long total,
                                    byte[] bytes) {
        return tx(c -> {
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
            if (held.isEmpty()) {
                update(c, "INSERT INTO scan (office, sha256, total, received, media_type) VALUES (?, ?, ?, 0, ?)",
                        office, sha256, total, mediaType);
            }
            update(c, "INSERT INTO scan_chunk (office, sha256, first_byte, bytes) VALUES (?, ?, ?, ?)",
                    office, sha256, first, bytes);
            long now = received + bytes.length;
            update(c, "UPDATE scan SET received = ? WHERE office = ? AND sha256 = ?", now, office, sha256);
            if (now < total) {
                return new ScanWrite(new ScanState(sha256, now, total, false), false, null);
            }
            String actual = hashOf(c, office, sha256);
            if (!actual.equals(sha256)) {
                delete(c, office, sha256);
                // Committed on purpose: the refusal discards the bytes, so the next attempt starts clean.
                return new ScanWrite(new ScanState(sha256, 0, total, false), false, actual);
            }
            update(c, "UPDATE scan SET complete = 1 WHERE office = ? AND sha256 = ?", office, sha256);
            return new ScanWrite(new ScanState(sha256, total, total, true), true, null);
        });
    }

    /**
     * The result of a chunk.
     *
     * @param completedNow whether this chunk completed the scan (its hash verified)
     * @param mismatch     the actual hash when the complete upload did not match its address (the bytes are gone)
     */
    record ScanWrite(ScanState state, boolean completedNow, String mismatch) {
    }

    /** The hashes among {@code hashes} that this office does not hold complete, in the order given. */
    synchronized List<String> missingScans(String office, Collection<String> hashes) {
        return tx(c -> {
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
        update(c, "DELETE FROM scan_chunk WHERE office = ? AND sha256 = ?", office, sha256);
        update(c, "DELETE FROM scan WHERE office = ? AND sha256 = ?", office, sha256);
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

    // ---------------------------------------------------------------- submissions

    /** A recorded application. */
    record Submission(UUID applicationId, String reference, String office, String workstation, String region,
                      String service, String applicationJson, OffsetDateTime receivedAt, boolean decided) {
    }

    /** What a PUT brings, already checked. */
    record NewSubmission(UUID applicationId, Identity identity, String service, JsonNode application,
                         JsonNode verdict, String acceptedAt, String clerk, String ticket) {
    }

    /** The outcome of a PUT: the record and whether this call created it. */
    record PutResult(Submission submission, boolean created) {
    }

    synchronized Optional<Submission> submission(UUID id) {
        return tx(c -> findSubmission(c, id));
    }

    /**
     * Records the application unless its UUID is known: then the existing record is returned untouched, or
     * APPLICATION_DIFFERS when the content or the office is not the same.
     */
    synchronized PutResult insertIfAbsent(NewSubmission s, OffsetDateTime now, long dueAtMillis) {
        return tx(c -> {
            Optional<Submission> existing = findSubmission(c, s.applicationId());
            if (existing.isPresent()) {
                return new PutResult(sameOrConflict(existing.get(), s), false);
            }
            String reference = String.format("CS-%d-%07d", now.getYear(), next(c, "CS-" + now.getYear()));
            update(c, "INSERT INTO submission (application_id, reference, office, workstation, region, service, "
                            + "application_json, verdict_json, accepted_at, clerk, ticket, received_at, due_at_millis) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    s.applicationId().toString(), reference, s.identity().office(), s.identity().workstation(),
                    s.identity().region(), s.service(), Json.write(s.application()),
                    s.verdict() == null ? null : Json.write(s.verdict()), s.acceptedAt(), s.clerk(), s.ticket(),
                    now.toString(), dueAtMillis);
            return new PutResult(findSubmission(c, s.applicationId()).orElseThrow(), true);
        });
    }

    /** The existing record if the repeat is the same application from the same office. */
    static Submission sameOrConflict(Submission existing, NewSubmission repeat) {
        boolean same = existing.office().equals(repeat.identity().office())
                && Json.tree(existing.applicationJson()).equals(repeat.application());
        if (!same) {
            throw SyncError.conflict("APPLICATION_DIFFERS", "application " + existing.applicationId()
                    + " was already received with other content" + (existing.office()
                    .equals(repeat.identity().office()) ? "" : " from another office"))
                    .with("reference", existing.reference());
        }
        return existing;
    }

    private static Optional<Submission> findSubmission(Connection c, UUID id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT application_id, reference, office, workstation, "
                + "region, service, application_json, received_at, decided FROM submission WHERE application_id = ?")) {
            ps.setString(1, id.toString());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(submission(rs)) : Optional.empty();
            }
        }
    }

    private static Submission submission(ResultSet rs) throws SQLException {
        return new Submission(UUID.fromString(rs.getString(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                rs.getString(5), rs.getString(6), rs.getString(7), OffsetDateTime.parse(rs.getString(8)),
                rs.getInt(9) == 1);
    }

    /** Undecided submissions due at {@code nowMillis} (all of them when {@code ignoreDelay}), oldest first. */
    synchronized List<Submission> due(long nowMillis, boolean ignoreDelay) {
        return tx(c -> {
            List<Submission> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT application_id, reference, office, workstation, "
                    + "region, service, application_json, received_at, decided FROM submission "
                    + "WHERE decided = 0 AND (? OR due_at_millis <= ?) ORDER BY due_at_millis, reference")) {
                ps.setBoolean(1, ignoreDelay);
                ps.setLong(2, nowMillis);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(submission(rs));
                    }
                }
            }
            return list;
        });
    }

    /** A decision computed with numbers drawn inside the transaction that records it. */
    interface DecisionWork {
        DecisionRecords.Decision decide(Decider.Numbers numbers);
    }

    /**
     * Records the decision on {@code s} and its change-log entry in one transaction; nothing if it was decided
     * meanwhile (the scheduler and an explicit "decide now" may race).
     *
     * @param revokeDueMillis when an issued permit is to be revoked, or null
     */
    synchronized Optional<DecisionRecords.Decision> recordDecision(Submission s, DecisionWork work, OffsetDateTime now,
                                                                   Long revokeDueMillis) {
        return tx(c -> {
            if (findSubmission(c, s.applicationId()).map(Submission::decided).orElse(true)) {
                return Optional.empty();
            }
            DecisionRecords.Decision d = work.decide(sequence -> {
                try {
                    return next(c, sequence);
                } catch (SQLException e) {
                    throw new IllegalStateException("numbering failed: " + e.getMessage(), e);
                }
            });
            update(c, "UPDATE submission SET decided = 1 WHERE application_id = ?", s.applicationId().toString());
            if (d.permit() != null && !d.permit().duplicate()) {
                update(c, "INSERT INTO permit (number, application_id, office, issued_on, revoke_due_millis) "
                                + "VALUES (?, ?, ?, ?, ?)", d.permit().number(), s.applicationId().toString(),
                        s.office(), d.decidedOn().toString(), revokeDueMillis);
            }
            appendChange(c, s.office(), "DECISION", s.applicationId().toString(), now,
                    new DecisionRecords.Change("DECISION", now, d, null, null));
            return Optional.of(d);
        });
    }

    // ---------------------------------------------------------------- revocations

    /** A permit issued and not revoked. */
    record IssuedPermit(String number, UUID applicationId, String office, String issuedOn, String applicationJson,
                        String region) {
    }

    synchronized List<IssuedPermit> permitsToRevoke(long nowMillis) {
        return tx(c -> permits(c, "p.revoke_due_millis IS NOT NULL AND p.revoke_due_millis <= ?", nowMillis));
    }

    synchronized Optional<IssuedPermit> permit(String number) {
        return tx(c -> permits(c, "p.number = ?", number).stream().findFirst());
    }

    private static List<IssuedPermit> permits(Connection c, String where, Object arg) throws SQLException {
        List<IssuedPermit> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT p.number, p.application_id, p.office, p.issued_on, "
                + "s.application_json, s.region FROM permit p JOIN submission s USING (application_id) "
                + "WHERE p.revoked = 0 AND " + where + " ORDER BY p.number")) {
            ps.setObject(1, arg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new IssuedPermit(rs.getString(1), UUID.fromString(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6)));
                }
            }
        }
        return list;
    }

    /** A revocation built with its number drawn inside the transaction that records it. */
    interface RevocationWork {
        DecisionRecords.Revocation revoke(String revocationId);
    }

    synchronized Optional<DecisionRecords.Revocation> recordRevocation(IssuedPermit p, RevocationWork work,
                                                                       OffsetDateTime now) {
        return tx(c -> {
            if (permits(c, "p.number = ?", p.number()).isEmpty()) {
                return Optional.empty();
            }
            String id = String.format("RV-%d-%06d", now.getYear(), next(c, "RV-" + now.getYear()));
            DecisionRecords.Revocation r = work.revoke(id);
            update(c, "UPDATE permit SET revoked = 1 WHERE number = ?", p.number());
            appendChange(c, p.office(), "REVOCATION", id, now, new DecisionRecords.Change("REVOCATION", now, null, r,
                    null));
            return Optional.of(r);
        });
    }

    // ---------------------------------------------------------------- reference data and the change log

    /**
     * Publishes a reference-data bundle to every office. Publishing the same bundle id again changes nothing.
     *
     * @return whether it was new
     */
    synchronized boolean publishReferenceData(String bundleId, JsonNode bundle, OffsetDateTime now) {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT 1 FROM change WHERE kind = 'REFERENCE_DATA' AND key = ?")) {
                ps.setString(1, bundleId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return false;
                    }
                }
            }
            appendChange(c, null, "REFERENCE_DATA", bundleId, now,
                    new DecisionRecords.Change("REFERENCE_DATA", now, null, null, bundle));
            return true;
        });
    }

    /** A page of the change log. */
    record Page(List<JsonNode> changes, String next, boolean more) {
    }

    /** The changes for {@code office} after {@code since} (protocol 3.5). */
    synchronized Page changes(String office, String since, int limit) {
        return tx(c -> {
            long last;
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COALESCE(MAX(seq), 0) FROM change")) {
                last = rs.next() ? rs.getLong(1) : 0;
            }
            long from = Cursor.decode(since, last);
            List<JsonNode> changes = new ArrayList<>();
            long upTo = from;
            boolean more = false;
            try (PreparedStatement ps = c.prepareStatement("SELECT seq, payload_json FROM change "
                    + "WHERE seq > ? AND (office IS NULL OR office = ?) ORDER BY seq LIMIT ?")) {
                ps.setLong(1, from);
                ps.setString(2, office);
                ps.setInt(3, limit + 1);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (changes.size() == limit) {
                            more = true;
                            break;
                        }
                        upTo = rs.getLong(1);
                        changes.add(Json.tree(rs.getString(2)));
                    }
                }
            }
            return new Page(changes, Cursor.encode(upTo), more);
        });
    }

    /** The decision on one application, if decided. */
    synchronized Optional<JsonNode> decision(UUID id) {
        return tx(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT payload_json FROM change WHERE kind = 'DECISION' AND key = ?")) {
                ps.setString(1, id.toString());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(Json.tree(rs.getString(1)).get("decision")) : Optional.empty();
                }
            }
        });
    }

    private static void appendChange(Connection c, String office, String kind, String key, OffsetDateTime at,
                                     DecisionRecords.Change change) throws SQLException {
        update(c, "INSERT INTO change (office, kind, at, key, payload_json) VALUES (?, ?, ?, ?, ?)", office, kind,
                at.toString(), key, Json.write(change));
    }

    // ---------------------------------------------------------------- test control

    /** Counts for {@code GET /admin/stats}. */
    synchronized Map<String, Long> stats() {
        return tx(c -> Map.of(
                "applications", count(c, "SELECT COUNT(*) FROM submission"),
                "scans", count(c, "SELECT COUNT(*) FROM scan WHERE complete = 1"),
                "decisions", count(c, "SELECT COUNT(*) FROM change WHERE kind = 'DECISION'"),
                "revocations", count(c, "SELECT COUNT(*) FROM change WHERE kind = 'REVOCATION'"),
                "referenceData", count(c, "SELECT COUNT(*) FROM change WHERE kind = 'REFERENCE_DATA'"),
                "pending", count(c, "SELECT COUNT(*) FROM submission WHERE decided = 0")));
    }

    /** Every recorded application, oldest first. */
    synchronized List<Submission> submissions() {
        return tx(c -> {
            List<Submission> list = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT application_id, "
                    + "reference, office, workstation, region, service, application_json, received_at, decided "
                    + "FROM submission ORDER BY reference")) {
                while (rs.next()) {
                    list.add(submission(rs));
                }
            }
            return list;
        });
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    // ---------------------------------------------------------------- plumbing

    private static long next(Connection c, String sequence) throws SQLException {
        update(c, "INSERT INTO counter (name, value) VALUES (?, 1) ON CONFLICT (name) DO UPDATE SET value = value + 1",
                sequence);
        try (PreparedStatement ps = c.prepareStatement("SELECT value FROM counter WHERE name = ?")) {
            ps.setString(1, sequence);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** One transaction: committed when {@code work} returns, rolled back when it throws (a SyncError included). */
    private <T> T tx(SqlWork<T> work) {
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
        } catch (java.io.IOException e) {
            LOG.warn("Releasing the lock of {} failed", file, e);
        }
    }
}
