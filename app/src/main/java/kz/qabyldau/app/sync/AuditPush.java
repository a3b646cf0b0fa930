package kz.qabyldau.app.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.store.AuditAnchor;
import kz.qabyldau.app.store.AuditChain;

/**
 * Sends the audit trail to the central service (docs/sync-protocol.md, section 3.6), a part of every sync round:
 * the entry the central service acknowledged last (so that it compares it with the one it holds) and every later
 * one, as stored, in batches. The answer names what the central service holds; when it agrees with this log it
 * becomes the new anchor ({@code central.acked}). When it does not — the central service refuses an entry that
 * differs from the one it holds, or holds more entries or another newest entry than this log — the disagreement
 * is recorded, {@code qabyldau audit verify} reports it, and nothing is acknowledged.
 */
final class AuditPush {

    static final int BATCH = 200;

    private static final Logger LOG = LoggerFactory.getLogger(AuditPush.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AuditAnchor anchor;
    private final CentralClient client;

    AuditPush(AuditAnchor anchor, CentralClient client) {
        this.anchor = Objects.requireNonNull(anchor);
        this.client = Objects.requireNonNull(client);
    }

    /**
     * One exchange per batch until the central service holds the whole log.
     *
     * @return the number of entries the central service holds, or empty when it disagrees with this log
     * @throws SyncFailure when the central service cannot be reached or fails (try again next round)
     */
    Optional<Long> pushOnce() throws SyncFailure {
        long from = anchor.acknowledged().map(AuditAnchor.Acknowledged::id).orElse(0L);
        for (int guard = 0; guard < 1_000_000; guard++) {
            List<AuditChain.StoredEntry> batch = anchor.storedFrom(Math.max(1, from), BATCH);
            CentralClient.AuditHeld held;
            try {
                held = client.postAudit(body(batch));
            } catch (SyncFailure f) {
                if (f.kind() == SyncFailure.Kind.REJECTED && f.code().startsWith("AUDIT_")) {
                    return disagree(f.getMessage());
                }
                throw f;
            }
            Optional<String> local = held.held() == 0 ? Optional.of(AuditChain.GENESIS) : anchor.hashOf(held.held());
            if (local.isEmpty()) {
                long last = batch.isEmpty() ? Math.max(0, from) : batch.get(batch.size() - 1).id();
                return disagree("the central service holds entries 1-" + held.held() + ", this log ends before "
                        + "entry " + held.held() + " (at most entry " + last + " here): entries were removed, or the "
                        + "file was replaced by an older copy");
            }
            if (!local.get().equals(held.hash())) {
                return disagree("entry " + held.held() + " differs from the one the central service holds");
            }
            anchor.acknowledge(held.held(), held.hash());
            long sentTo = batch.isEmpty() ? 0 : batch.get(batch.size() - 1).id();
            if (batch.size() < BATCH || sentTo <= from) {
                return Optional.of(held.entries());
            }
            // The newest sent is now acknowledged: the next batch starts with it again.
            from = sentTo;
        }
        throw new IllegalStateException("the audit push did not end");
    }

    private Optional<Long> disagree(String why) {
        LOG.warn("The central copy of the audit trail disagrees with this workstation's: {}", why);
        anchor.disagree(why);
        return Optional.empty();
    }

    static String body(List<AuditChain.StoredEntry> batch) {
        List<Map<String, Object>> entries = new ArrayList<>(batch.size());
        for (AuditChain.StoredEntry e : batch) {
            // A row changed with plain SQL may hold NULLs: sent as "", the central service then refuses the entry.
            entries.add(Map.of("id", e.id(), "at", nonNull(e.at()), "clerk", nonNull(e.clerk()),
                    "action", nonNull(e.action()), "subject", nonNull(e.subject()), "details", nonNull(e.details()),
                    "prevHash", nonNull(e.prevHash()), "entryHash", nonNull(e.entryHash())));
        }
        try {
            return JSON.writeValueAsString(Map.of("entries", entries));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit entries are plain text", e);
        }
    }

    private static String nonNull(String s) {
        return s == null ? "" : s;
    }
}
