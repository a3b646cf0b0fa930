package kz.qabyldau.app.store.applications;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.store.PersonalColumns;
import kz.qabyldau.app.store.Vault;
import java.util.NoSuchElementException;

/**
 * What waits for the central service, for the sync worker (issue #6). Entries are written by
 * {@link Intake#accept} in the application's own transaction and are never deleted: an entry the
 * server acknowledged is marked {@link OutboxState#SENT} and stays as the record of it. Every method
 * is safe to repeat. Obtain it from {@link ApplicationStore#outbox()}.
 */
public final class Outbox {

    /** The kind of an accepted application's entry. */
    public static final String KIND_APPLICATION = "application";

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    private static final String COLUMNS =
            "seq, application_id, kind, payload_json, attempts, next_attempt_at, last_error, state";

    private final StoreContext context;

    Outbox(StoreContext context) {
        this.context = context;
    }

    /**
     * The entries not yet acknowledged (PENDING and FAILED), in acceptance order, at most {@code limit}.
     * The worker honours {@link OutboxEntry#nextAttemptAt()} itself.
     */
    public List<OutboxEntry> pending(int limit) {
        return query("WHERE state <> 'SENT' ORDER BY seq LIMIT ?", limit);
    }

    /** The newest entries whatever their state, newest first (the outbox view). */
    public List<OutboxEntry> recent(int limit) {
        return query("ORDER BY seq DESC LIMIT ?", limit);
    }

    /** One entry. */
    public Optional<OutboxEntry> find(long seq) {
        return query("WHERE seq = ?", seq).stream().findFirst();
    }

    /**
     * The server acknowledged the entry: it becomes SENT and, in the same transaction, its application
     * SUBMITTED with the server's reference. Repeating it changes nothing (the first reference is kept).
     *
     * @throws java.util.NoSuchElementException no entry {@code seq}
     */
    public void markSent(long seq, String serverReference) {
        Objects.requireNonNull(serverReference, "serverReference");
        Instant now = context.now();
        context.database().write(c -> {
            OutboxEntry entry = require(c, context.database().vault(), seq);
            if (entry.state() == OutboxState.SENT) {
                LOG.debug("Outbox entry {} was already sent", seq);
                return null;
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE outbox SET state = 'SENT', sent_at = ?, "
                    + "server_reference = ?, attempts = attempts + 1, last_error = NULL, next_attempt_at = NULL "
                    + "WHERE seq = ?")) {
                st.setString(1, StoreContext.iso(now));
                st.setString(2, serverReference);
                st.setLong(3, seq);
                st.executeUpdate();
            }
            // Only a QUEUED application moves: a decision that arrived first is never undone.
            try (PreparedStatement st = c.prepareStatement("UPDATE application SET status = 'SUBMITTED', "
                    + "server_reference = ? WHERE id = ? AND status = 'QUEUED'")) {
                st.setString(1, serverReference);
                st.setString(2, entry.applicationId().toString());
                st.executeUpdate();
            }
            return null;
        });
    }

    /**
     * An attempt failed: the entry becomes FAILED with the error and the time of the next attempt.
     * Ignored for an entry already SENT (a late failure of a request that had succeeded).
     *
     * @param error         for the log and the outbox view
     * @param nextAttemptAt when to try again (the worker's backoff)
     * @throws java.util.NoSuchElementException no entry {@code seq}
     */
    public void markAttemptFailed(long seq, String error, Instant nextAttemptAt) {
        context.database().write(c -> {
            OutboxEntry entry = require(c, context.database().vault(), seq);
            if (entry.state() == OutboxState.SENT) {
                return null;
            }
            try (PreparedStatement st = c.prepareStatement("UPDATE outbox SET state = 'FAILED', "
                    + "attempts = attempts + 1, last_error = ?, next_attempt_at = ? WHERE seq = ?")) {
                st.setString(1, error == null ? "" : error);
                st.setString(2, nextAttemptAt == null ? null : StoreContext.iso(nextAttemptAt));
                st.setLong(3, seq);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** "Retry now" in the outbox view: a FAILED entry is due at once. */
    public void retryNow(long seq) {
        context.database().write(c -> {
            try (PreparedStatement st = c.prepareStatement(
                    "UPDATE outbox SET next_attempt_at = NULL WHERE seq = ? AND state = 'FAILED'")) {
                st.setLong(1, seq);
                st.executeUpdate();
            }
            return null;
        });
    }

    /** How many entries wait for the central service (what the header shows). */
    public int waitingCount() {
        return context.database().read(c -> {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM outbox WHERE state <> 'SENT'")) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** Writes an entry inside the caller's transaction; returns its sequence number. */
    static long enqueue(Connection c, Vault vault, UUID applicationId, String kind, String payloadJson, Instant now)
            throws SQLException {
        try (PreparedStatement st = c.prepareStatement("INSERT INTO outbox (application_id, kind, payload_json, "
                + "created_at) VALUES (?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            st.setString(1, applicationId.toString());
            st.setString(2, kind);
            st.setString(3, PersonalColumns.OUTBOX_PAYLOAD.seal(vault, applicationId.toString(), payloadJson));
            st.setString(4, StoreContext.iso(now));
            st.executeUpdate();
            try (ResultSet keys = st.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static OutboxEntry require(Connection c, Vault vault, long seq) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox WHERE seq = ?")) {
            st.setLong(1, seq);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next()) {
                    throw new NoSuchElementException("no outbox entry " + seq);
                }
                return map(rs, vault);
            }
        }
    }

    private List<OutboxEntry> query(String where, long parameter) {
        return context.database().read(c -> {
            try (PreparedStatement st = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox " + where)) {
                st.setLong(1, parameter);
                List<OutboxEntry> entries = new ArrayList<>();
                try (ResultSet rs = st.executeQuery()) {
                    while (rs.next()) {
                        entries.add(map(rs, context.database().vault()));
                    }
                }
                return entries;
            }
        });
    }

    private static OutboxEntry map(ResultSet rs, Vault vault) throws SQLException {
        String next = rs.getString(6);
        return new OutboxEntry(rs.getLong(1), UUID.fromString(rs.getString(2)), rs.getString(3),
                PersonalColumns.OUTBOX_PAYLOAD.open(vault, rs.getString(2), rs.getString(4)),
                rs.getInt(5), next == null ? null : Instant.parse(next), rs.getString(7),
                OutboxState.valueOf(rs.getString(8)));
    }
}
