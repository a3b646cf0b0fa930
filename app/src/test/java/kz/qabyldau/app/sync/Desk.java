package kz.qabyldau.app.sync;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.Verdicts;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.store.crypto.DataKeyKeeper;

/**
 * A workstation in a test: its own database, applications accepted through the store's {@code Intake.accept}
 * with the law core's verdict, and a sync worker on a clock the test moves (backoff passes without waiting).
 */
public final class Desk implements AutoCloseable {

    static final Path EXAMPLES = Path.of("..", "docs", "examples");
    static final String ASTANA = "710000000";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static Verdicts verdicts;

    final Database database;
    final ApplicationStore store;
    final SyncStore syncStore;
    final TestClock clock = new TestClock(Instant.parse("2026-03-02T06:00:00Z"));
    final SyncWorker worker;
    private int scanCounter;
    /** The refusals (not retryable failures) rounds of {@link #drain} ended with, as stored. */
    final List<String> refusals = new ArrayList<>();

    Desk(Path folder, URI central, String office, Duration timeout, int chunkBytes) {
        this(folder, central, office, timeout, chunkBytes, null);
    }

    /** A desk enrolled with {@code central} for {@code office}: every request it sends is signed. */
    static Desk enrolled(Path folder, CentralService central, String office,
                         Duration timeout, int chunkBytes) {
        return new Desk(folder, central.baseUri(), office, timeout, chunkBytes,
                central.issueEnrolmentCode(office, ASTANA));
    }

    private Desk(Path folder, URI central, String office, Duration timeout, int chunkBytes, String enrolmentCode) {
        database = Database.open(DataFolder.at(folder, false));
        if (Boolean.getBoolean("qabyldau.bench.encrypted")) {
            // The benchmarks' "after": an office database whose personal data is sealed (docs/benchmarks.md).
            DataKeyKeeper.attach(database).establish("bench", "bench".toCharArray());
        }
        store = ApplicationStore.open(database, false);
        syncStore = new SyncStore(database, new AuditLog(database, Clock.systemUTC()));
        SyncConfig plain = SyncConfig.of(central, office, store.workstationId(), ASTANA, "token")
                .withRequestTimeout(timeout).withChunkBytes(chunkBytes);
        SyncConfig config;
        try {
            config = enrolmentCode == null ? plain : plain.withKey(Enrolment.enrol(central, enrolmentCode,
                    store.workstationId(), WorkstationKey.generate()).key());
        } catch (SyncFailure e) {
            throw new IllegalStateException("enrolment failed: " + e.getMessage(), e);
        }
        worker = new SyncWorker(store, syncStore, new CentralClient(config), clock,
                new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(2), 7));
    }

    /** This desk applies the reference data {@code central} publishes (signed with its own key) from now on. */
    Desk trusting(CentralService central) {
        worker.trustLawFrom(PublisherKeys.of(central.publisherKey()));
        return this;
    }

    public static synchronized Verdicts verdicts() {
        if (verdicts == null) {
            verdicts = Verdicts.bundled();
        }
        return verdicts;
    }

    /** Accepts {@code count} permit applications (the accepted example) with {@code scans} scans each. */
    List<UUID> accept(int count, int scans, int scanBytes) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(acceptOne(scans, scanBytes));
        }
        return ids;
    }

    UUID acceptOne(int scans, int scanBytes) {
        return acceptInto(store, "A-" + (++scanCounter), scans, scanBytes);
    }

    /**
     * Accepts the example permit application into {@code store} through {@code Intake.accept} with the law core's
     * verdict, its first document carrying {@code scans} scans. For tests of other packages too.
     */
    public static UUID acceptInto(ApplicationStore store, String ticket, int scans, int scanBytes) {
        StoredApplication draft = store.drafts().create("permit.issue", ticket, "Dana");
        List<String> hashes = new ArrayList<>();
        for (int s = 0; s < scans; s++) {
            hashes.add(store.scans().put(scanBytes(draft.id(), s, scanBytes), "application/pdf", "scan" + s + ".pdf")
                    .sha256());
        }
        Application app = example("permit-issue-accepted", draft.id(), hashes);
        long version = store.drafts().save(draft.id(), app, draft.version(), Duration.ofMinutes(7));
        Verdict verdict = verdicts().evaluate(app, app.filedAt());
        store.intake().accept(draft.id(), version, verdict, "Dana");
        return draft.id();
    }

    static Application example(String name, UUID id, List<String> scans) {
        try {
            ObjectNode node = (ObjectNode) JSON.readTree(Files.readString(EXAMPLES.resolve(name + ".json")));
            node.put("id", id.toString());
            ArrayNode list = ((ObjectNode) node.get("documents").get(0)).putArray("scans");
            scans.forEach(list::add);
            return ApplicationJson.read(node.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Distinct scan bytes: a PDF header naming the application, then noise. */
    static byte[] scanBytes(UUID id, int n, int size) {
        byte[] header = ("%PDF-1.7 " + id + " " + n + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] bytes = new byte[Math.max(size, header.length)];
        System.arraycopy(header, 0, bytes, 0, header.length);
        long x = id.getLeastSignificantBits() ^ n;
        for (int i = header.length; i < bytes.length; i++) {
            x = x * 6364136223846793005L + 1442695040888963407L;
            bytes[i] = (byte) (x >>> 56);
        }
        return bytes;
    }

    /**
     * Rounds until nothing waits in the outbox, moving the clock past every backoff; at most {@code rounds}.
     * @return the rounds it took
     */
    int drain(int rounds) {
        return drain(rounds, () -> { });
    }

    /**
     * Like {@link #drain(int)}; {@code networkBack} runs after a round that found the server unreachable (the
     * test decides when a refused listener opens again, instead of waiting for it in real time).
     */
    int drain(int rounds, Runnable networkBack) {
        for (int i = 1; i <= rounds; i++) {
            worker.syncOnce();
            worker.status().lastError().filter(e -> SyncFailure.kindOf(e) == SyncFailure.Kind.REJECTED)
                    .ifPresent(refusals::add);
            if (store.outbox().waitingCount() == 0) {
                return i;
            }
            if (worker.status().lastError().map(SyncFailure::kindOf).orElse(null) == SyncFailure.Kind.OFFLINE) {
                networkBack.run();
            }
            clock.advance(Duration.ofMinutes(3));
        }
        throw new AssertionError("outbox not drained after " + rounds + " rounds: "
                + store.outbox().waitingCount() + " waiting, last " + worker.status());
    }

    /** Rounds until a round succeeds (online), moving the clock. */
    void syncUntilOnline(int rounds) {
        syncUntilOnline(rounds, () -> { });
    }

    void syncUntilOnline(int rounds, Runnable networkBack) {
        for (int i = 0; i < rounds; i++) {
            if (worker.syncOnce().online()) {
                return;
            }
            networkBack.run();
            clock.advance(Duration.ofMinutes(3));
        }
        throw new AssertionError("never online: " + worker.status());
    }

    @Override
    public void close() {
        worker.close();
        database.close();
    }

    /** A clock the test moves by hand. */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Almaty");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
