package kz.qabyldau.app.sync;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.Outbox;
import kz.qabyldau.app.store.applications.OutboxEntry;
import java.io.IOException;

/**
 * The background worker that keeps the workstation and the central service in step (issue #6): it pushes the
 * outbox in acceptance order — every scan an application names first, content-addressed and resumable, then
 * the application — and pulls the changes since its stored cursor. It never runs on the FX thread.
 *
 * <p>Failures are expected (district offices lose the network for days): a retryable one marks the entry
 * FAILED with the next attempt after an exponential backoff with jitter, and the round stops (what follows in
 * the outbox waits its turn). A request that failed after the server may have committed is simply sent again
 * later: every call of the protocol is repeat-safe. Nothing leaves the outbox before the server acknowledged it
 * ({@link Outbox#markSent}). A request the server refuses for good ({@link SyncFailure.Kind#REJECTED}) is
 * marked, retried only rarely or on "retry now", and does not hold up the entries behind it.
 */
public final class SyncWorker implements AutoCloseable {

    /** What the header and the outbox view show. */
    public record Status(boolean online, Optional<Instant> lastSuccess, int waiting, Optional<String> lastError) {
    }

    /** Told after every round, on the worker's thread. */
    @FunctionalInterface
    public interface Listener {
        void statusChanged(Status status);
    }

    /** What one round did. */
    public record Report(int sent, int failed, int decisions, int revocations, int bundles, boolean online,
                         int waiting) {
    }

    /** How often a refused (non-retryable) entry is tried again by itself. */
    static final Duration REJECTED_RETRY = Duration.ofHours(1);

    private static final Logger LOG = LoggerFactory.getLogger(SyncWorker.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ZoneId OFFICE_ZONE = ZoneId.of("Asia/Almaty");
    private static final int BATCH = 200;
    private static final int PAGE = 200;

    private final ApplicationStore applications;
    private final SyncStore store;
    private final CentralClient client;
    private final Clock clock;
    private final Backoff backoff;
    private final ChangeApplier applier;
    private final AuditPush auditPush;
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private ScheduledExecutorService scheduler;
    private volatile Status status;
    private volatile Preparation preparation = () -> { };

    public SyncWorker(ApplicationStore applications, SyncStore store, CentralClient client, Clock clock,
                      Backoff backoff) {
        this.applications = Objects.requireNonNull(applications);
        this.store = Objects.requireNonNull(store);
        this.client = Objects.requireNonNull(client);
        this.clock = Objects.requireNonNull(clock);
        this.backoff = Objects.requireNonNull(backoff);
        this.applier = new ChangeApplier(applications.records(), store, clock);
        this.auditPush = new AuditPush(applications.audit().anchor(), client);
        this.status = new Status(false, store.lastSuccess(), applications.outbox().waitingCount(), Optional.empty());
    }

    public void addListener(Listener listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public Status status() {
        return status;
    }

    public CentralClient client() {
        return client;
    }

    /** What has to be done before a round can talk to the central service (training: enrol with it). */
    @FunctionalInterface
    public interface Preparation {
        void prepare() throws SyncFailure;
    }

    /**
     * The reference-data publishers whose bundles this worker applies from now on (docs/sync-protocol.md 3.5): by
     * default the keys this build ships; training trusts its own simulator's key instead.
     */
    public void trustLawFrom(PublisherKeys keys) {
        applier.trust(keys);
    }

    /** Runs {@code step} at the start of every round; a failure of it ends the round as a failure of the round. */
    public void prepareEachRound(Preparation step) {
        preparation = Objects.requireNonNull(step, "step");
    }

    /**
     * One round: push what is due, then pull every page of changes, then send the audit trail ({@link AuditPush}).
     * Blocking; rounds never overlap. Network trouble is not thrown: it is recorded on the entries and in the
     * returned report.
     */
    public synchronized Report syncOnce() {
        int[] pushed = {0, 0};
        Optional<SyncFailure> failure;
        boolean prepared = false;
        try {
            preparation.prepare();
            prepared = true;
            failure = push(pushed);
        } catch (SyncFailure f) {
            failure = Optional.of(f);
        }
        ChangeApplier.Applied applied = ChangeApplier.NOTHING;
        if (prepared && (failure.isEmpty() || !failure.get().retryable())) {
            try {
                applied = pull();
            } catch (SyncFailure f) {
                failure = Optional.of(f);
            }
        }
        if (failure.isEmpty()) {
            try {
                // The audit trail last: what this round did (handouts of decisions pulled) goes out with it.
                auditPush.pushOnce();
            } catch (SyncFailure f) {
                failure = Optional.of(f);
            }
        }
        boolean online = failure.isEmpty() || !failure.get().retryable();
        Optional<Instant> last = status.lastSuccess();
        if (online) {
            Instant now = clock.instant();
            store.setLastSuccess(now);
            last = Optional.of(now);
        }
        int waiting = applications.outbox().waitingCount();
        status = new Status(online, last, waiting, failure.map(SyncFailure::stored));
        for (Listener l : listeners) {
            try {
                l.statusChanged(status);
            } catch (RuntimeException e) {
                LOG.warn("A sync listener failed", e);
            }
        }
        return new Report(pushed[0], pushed[1], applied.decisions(), applied.revocations(), applied.bundles(),
                online, waiting);
    }

    /** Runs a round now and then every {@code interval} on a background thread of its own. */
    public synchronized void start(Duration interval) {
        if (scheduler != null) {
            return;
        }
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "sync-worker");
            t.setDaemon(true);
            return t;
        });
        scheduler.scheduleWithFixedDelay(this::safeRound, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** "Sync now" / "retry now": a round as soon as the worker is free (asynchronously). */
    public void requestNow() {
        ScheduledExecutorService s;
        synchronized (this) {
            s = scheduler;
        }
        if (s != null && !s.isShutdown()) {
            s.execute(this::safeRound);
        }
    }

    /** "Retry now" of the outbox view: the entry is due at once, and a round is asked for. */
    public void retryNow(long seq) {
        applications.outbox().retryNow(seq);
        requestNow();
    }

    @Override
    public void close() {
        ScheduledExecutorService s;
        synchronized (this) {
            s = scheduler;
            scheduler = null;
        }
        if (s != null) {
            s.shutdownNow();
        }
    }

    private void safeRound() {
        try {
            Report r = syncOnce();
            if (r.sent() + r.decisions() + r.revocations() + r.bundles() > 0) {
                LOG.info("Sync round: {}", r);
            }
        } catch (RuntimeException e) {
            // The database failed (disk full, locked): logged, and the next round tries again.
            LOG.error("Sync round failed", e);
        }
    }

    /** Pushes due entries in order; returns the failure that ended the pushing, if retryable. */
    private Optional<SyncFailure> push(int[] counts) {
        Outbox outbox = applications.outbox();
        Optional<SyncFailure> lastRejected = Optional.empty();
        while (true) {
            List<OutboxEntry> pending = outbox.pending(BATCH);
            int sentBefore = counts[0];
            for (OutboxEntry e : pending) {
                Instant now = clock.instant();
                if (e.nextAttemptAt() != null && now.isBefore(e.nextAttemptAt())) {
                    if (SyncFailure.kindOf(e.lastError()) == SyncFailure.Kind.REJECTED) {
                        continue;
                    }
                    return Optional.empty(); // waiting out its backoff: the ones behind it wait too (order)
                }
                try {
                    push(e);
                    counts[0]++;
                } catch (SyncFailure f) {
                    counts[1]++;
                    Duration wait = f.retryable() ? backoff.delay(e.attempts() + 1) : REJECTED_RETRY;
                    outbox.markAttemptFailed(e.seq(), f.stored(), clock.instant().plus(wait));
                    if (f.retryable()) {
                        LOG.info("Outbox entry {} not sent ({}); next attempt in {} s", e.seq(), f.getMessage(),
                                wait.toSeconds());
                        return Optional.of(f);
                    }
                    LOG.warn("Outbox entry {} refused by the central service: {}", e.seq(), f.getMessage());
                    lastRejected = Optional.of(f);
                }
            }
            if (pending.size() < BATCH || counts[0] == sentBefore) {
                return lastRejected;
            }
        }
    }

    private void push(OutboxEntry e) throws SyncFailure {
        JsonNode payload;
        try {
            payload = JSON.readTree(e.payloadJson());
        } catch (IOException ex) {
            throw new SyncFailure(SyncFailure.Kind.REJECTED, "BAD_PAYLOAD", 0, "unreadable outbox payload", ex);
        }
        Map<String, String> scans = new LinkedHashMap<>();
        for (JsonNode s : payload.path("scans")) {
            scans.putIfAbsent(s.path("sha256").asText(), s.path("mediaType").asText("application/pdf"));
        }
        for (Map.Entry<String, String> s : scans.entrySet()) {
            client.uploadScan(s.getKey(), s.getValue(), applications.scans().content(s.getKey()));
        }
        CentralClient.Submitted submitted = client.putApplication(e.applicationId(), submission(payload));
        applications.outbox().markSent(e.seq(), submitted.reference());
    }

    /** The body of {@code PUT applications/{id}} from the outbox payload (docs/storage.md → protocol 3.3). */
    static ObjectNode submission(JsonNode payload) {
        ObjectNode body = JSON.createObjectNode();
        body.set("application", payload.path("application"));
        if (payload.has("verdict")) {
            body.set("verdict", payload.path("verdict"));
        }
        body.put("acceptedAt", Instant.parse(payload.path("acceptedAt").asText()).atZone(OFFICE_ZONE)
                .toOffsetDateTime().toString());
        body.put("clerk", payload.path("acceptedBy").asText(""));
        String login = payload.path("acceptedByLogin").asText("");
        if (!login.isBlank()) {
            // The signed-in operator who accepted it (issue #11); the name is the clerk's.
            body.putObject("operator").put("login", login).put("name", payload.path("acceptedBy").asText(""));
        }
        body.put("ticket", payload.path("ticket").asText(""));
        return body;
    }

    private ChangeApplier.Applied pull() throws SyncFailure {
        ChangeApplier.Applied total = ChangeApplier.NOTHING;
        String cursor = store.cursor().orElse(null);
        for (int guard = 0; guard < 100_000; guard++) {
            JsonNode page = client.changes(cursor, PAGE);
            for (JsonNode change : page.path("changes")) {
                total = total.plus(applier.apply(change));
            }
            String next = page.path("next").asText("");
            if (!next.isEmpty() && !next.equals(cursor)) {
                // Stored only after the page was applied: a crash in between re-delivers it (applied idempotently).
                store.setCursor(next);
                cursor = next;
            }
            if (!page.path("more").asBoolean(false)) {
                break;
            }
        }
        return total;
    }

}
