package kz.qabyldau.app.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import kz.qabyldau.app.sync.LawSignature;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationFormatException;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.ReferenceSource;
import kz.qabyldau.forms.reference.versioning.ReferenceDataException;
import kz.qabyldau.forms.verdict.Verdicts;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.HashMap;

/**
 * The simulated central service: the server side of {@code qabyldau.sync/1} ({@code docs/sync-protocol.md}) on
 * loopback, with its own SQLite data, decisions by the law core after a delay, numbers, refusals, revocations and
 * injectable faults. Used in-process by training mode and the tests, and as a process by the {@code central} command.
 *
 * <pre>{@code
 * try (CentralService central = CentralService.start(CentralConfig.defaults(dir, 0))) {
 *     URI base = central.baseUri();   // http://127.0.0.1:PORT/
 *     ...
 * }
 * }</pre>
 */
public final class CentralService implements AutoCloseable {

    /** The JDK server's limit on receiving one request (seconds), JVM-wide. */
    static final String REQUEST_TIMEOUT_PROPERTY = "sun.net.httpserver.maxReqTime";
    static final long REQUEST_TIMEOUT_SECONDS = 20;

    static {
        // Without TCP_NODELAY every loopback request waits ~45 ms for delayed ACKs
        // (docs/decisions/0003-in-process-simulator.md). The property is read once, when the first HttpServer is
        // created, so it is set before any.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        // A request whose line, headers and body have not all arrived after this many seconds has its connection
        // closed, so that slow clients cannot hold the (bounded) worker threads. Read once per JVM, like nodelay.
        if (System.getProperty(REQUEST_TIMEOUT_PROPERTY) == null) {
            System.setProperty(REQUEST_TIMEOUT_PROPERTY, Long.toString(REQUEST_TIMEOUT_SECONDS));
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(CentralService.class);
    private static final Object BUNDLED_LOCK = new Object();
    private static Verdicts bundled;

    private final CentralConfig config;
    private final Decider decider;
    private final Faults faults = new Faults();
    private final ScheduledExecutorService timer;
    private final int port;

    private CentralStore store;
    private HttpServer server;
    private ExecutorService workers;
    private CountDownLatch hangRelease = new CountDownLatch(1);
    private boolean stopped;
    /** Bumped whenever the listener is closed or reopened on purpose, so that stale timed actions do nothing. */
    private long listenerGeneration;

    private CentralService(CentralConfig config, Verdicts verdicts) {
        this.config = config;
        this.decider = new Decider(verdicts, new BundleTexts(), config.seed(), config.refuseRate(),
                config.revokeRate());
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("central-timer"));
        this.store = CentralStore.open(config.dataDir());
        try {
            this.server = listen(config.port());
        } catch (RuntimeException e) {
            store.close();
            timer.shutdownNow();
            throw e;
        }
        this.port = server.getAddress().getPort();
        long tick = Math.max(50, Math.min(1_000, config.decisionDelay().toMillis() / 5));
        timer.scheduleWithFixedDelay(this::tick, tick, tick, TimeUnit.MILLISECONDS);
    }

    /**
     * Starts the service with the bundled law data (service definitions, reference data, calendar).
     *
     * @throws IllegalArgumentException when {@code config.bindAddress()} is not a loopback address
     * @throws UncheckedIOException     when the port cannot be bound
     */
    public static CentralService start(CentralConfig config) {
        return start(config, bundledVerdicts());
    }

    /** Starts the service judging with {@code verdicts} (e.g. the law data the workstation already loaded). */
    public static CentralService start(CentralConfig config, Verdicts verdicts) {
        Objects.requireNonNull(config, "config");
        if (!config.bindAddress().isLoopbackAddress()) {
            throw new IllegalArgumentException("the simulated central service speaks plain HTTP and listens on "
                    + "loopback only, not on " + config.bindAddress().getHostAddress());
        }
        CentralService service = new CentralService(config, Objects.requireNonNull(verdicts, "verdicts"));
        LOG.info("Central service simulator on {} (data {}, decision delay {}, refuse rate {}, seed {})",
                service.baseUri(), config.dataDir(), config.decisionDelay(), config.refuseRate(), config.seed());
        return service;
    }

    private static Verdicts bundledVerdicts() {
        synchronized (BUNDLED_LOCK) {
            if (bundled == null) {
                bundled = Verdicts.bundled();
            }
            return bundled;
        }
    }

    /** The bound port (the one chosen when the configuration asked for 0); kept across restarts. */
    public int port() {
        return port;
    }

    /** {@code http://127.0.0.1:PORT/}: the "central service address" a workstation is given. */
    public URI baseUri() {
        return URI.create("http://" + config.bindAddress().getHostAddress() + ":" + port + "/");
    }

    public CentralConfig config() {
        return config;
    }

    /** Test control: the faults the next requests get. */
    public Faults faults() {
        return faults;
    }

    // ---------------------------------------------------------------- life cycle

    /**
     * Stops and starts again on the same port and data, as a crashed and restarted server would: open connections are
     * cut, nothing committed is lost.
     */
    public synchronized void restart() {
        ensureRunning();
        LOG.info("Restarting the central service simulator on port {}", port);
        listenerGeneration++;
        closeListener();
        store.close();
        store = CentralStore.open(config.dataDir());
        server = listen(port);
    }

    /**
     * Closes the listener: connections are refused until {@link #acceptConnections()} or, when {@code duration} is
     * given, until it has passed.
     */
    public synchronized void refuseConnections(Optional<Duration> duration) {
        ensureRunning();
        closeListener();
        long generation = ++listenerGeneration;
        duration.ifPresent(d -> timer.schedule(() -> {
            synchronized (this) {
                if (generation == listenerGeneration) {
                    acceptConnections();
                }
            }
        }, d.toMillis(), TimeUnit.MILLISECONDS));
    }

    /** Reopens the listener after {@link #refuseConnections}; nothing when it is open. */
    public synchronized void acceptConnections() {
        listenerGeneration++;
        if (!stopped && server == null) {
            server = listen(port);
        }
    }

    /** Stops for good and closes the database. Idempotent. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        closeListener();
        timer.shutdownNow();
        store.close();
        LOG.info("Central service simulator on port {} stopped", port);
    }

    @Override
    public void close() {
        stop();
    }

    private HttpServer listen(int onPort) {
        try {
            HttpServer s = HttpServer.create(new InetSocketAddress(config.bindAddress(), onPort), 64);
            // Bounded: a flood of connections waits in the queue instead of starting a thread each.
            workers = Executors.newFixedThreadPool(config.limits().workerThreads(), daemon("central-http"));
            hangRelease = new CountDownLatch(1);
            s.setExecutor(workers);
            AccessLogFilter accessLog = new AccessLogFilter(config.accessLog(), config.clock());
            s.createContext(SyncApi.ROOT, new SyncApi(this)).getFilters().add(accessLog);
            s.createContext(AdminApi.ROOT, new AdminApi(this)).getFilters().add(accessLog);
            s.createContext("/", exchange -> {
                Reply.drain(exchange);
                Reply.error(SyncError.notFound("no such path; the protocol lives under " + SyncApi.ROOT))
                        .send(exchange);
            }).getFilters().add(accessLog);
            s.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot listen on " + config.bindAddress().getHostAddress() + ":" + onPort
                    + ": " + e.getMessage(), e);
        }
    }

    private void closeListener() {
        if (server == null) {
            return;
        }
        hangRelease.countDown(); // hanging requests end, or stop() would wait for them
        server.stop(0);
        workers.shutdownNow();
        server = null;
    }

    private void ensureRunning() {
        if (stopped) {
            throw new IllegalStateException("the central service was stopped");
        }
    }

    // ---------------------------------------------------------------- used by the APIs

    synchronized CentralStore store() {
        ensureRunning();
        return store;
    }

    Decider decider() {
        return decider;
    }

    Clock clock() {
        return config.clock();
    }

    /** The server's "now" in office time. */
    OffsetDateTime now() {
        return OffsetDateTime.ofInstant(config.clock().instant(), CentralConfig.ZONE).truncatedTo(ChronoUnit.SECONDS);
    }

    /** Holds a request (fault HANG) until the configured time has passed or the listener closes. */
    void hang() {
        CountDownLatch release;
        synchronized (this) {
            release = hangRelease;
        }
        try {
            release.await(config.hang().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** From inside a request: close the listener on another thread (stopping waits for the request itself). */
    synchronized void refuseConnectionsAsync(Duration duration) {
        long generation = listenerGeneration;
        timer.schedule(() -> {
            synchronized (this) {
                // Not if the listener was reopened meanwhile (acceptConnections, restart): that was the later word.
                if (!stopped && generation == listenerGeneration) {
                    refuseConnections(Optional.of(duration));
                }
            }
        }, 50, TimeUnit.MILLISECONDS);
    }

    /** From inside a request: restart on another thread, after the answer has gone. */
    void restartAsync() {
        timer.schedule(() -> {
            synchronized (this) {
                if (!stopped) {
                    restart();
                }
            }
        }, 50, TimeUnit.MILLISECONDS);
    }

    /** A new application arrived: with no delay it is decided at once rather than at the next tick. */
    void wake() {
        if (config.decisionDelay().isZero()) {
            timer.execute(this::tick);
        }
    }

    // ---------------------------------------------------------------- deciding

    private void tick() {
        try {
            decide(false);
            revokeDue();
            expirePartialUploads();
        } catch (RuntimeException e) {
            LOG.warn("Central service simulator: deciding failed", e);
        }
    }

    /** Decides every application whose delay has passed. @return how many */
    public int decideDue() {
        return decide(false);
    }

    /** Decides every waiting application now, whatever the delay (test control). @return how many */
    public int decideNow() {
        return decide(true);
    }

    private int decide(boolean ignoreDelay) {
        CentralStore db = storeOrNull();
        if (db == null) {
            return 0;
        }
        int decided = 0;
        for (Submissions.Submission s : db.submissions().due(config.clock().millis(), ignoreDelay)) {
            try {
                Application application = ApplicationJson.read(s.applicationJson());
                LocalDateTime asOf = application.filedAt() != null ? application.filedAt()
                        : s.receivedAt().atZoneSameInstant(CentralConfig.ZONE).toLocalDateTime()
                        .truncatedTo(ChronoUnit.MINUTES);
                OffsetDateTime now = now();
                LocalDate today = now.toLocalDate();
                Long revokeDue = decider.revokes(s.applicationId())
                        ? config.clock().millis() + config.decisionDelay().toMillis() : null;
                Optional<DecisionRecords.Decision> d = db.decisions().record(s, numbers -> decider.decide(
                        s.applicationId(), s.reference(), application, asOf, s.region(), today, numbers), now,
                        revokeDue);
                if (d.isPresent()) {
                    decided++;
                    LOG.info("Decided {} {}: {}", s.reference(), s.applicationId(), d.get().outcome());
                }
            } catch (ApplicationFormatException | RuntimeException e) {
                LOG.warn("Cannot decide {} {}", s.reference(), s.applicationId(), e);
            }
        }
        return decided;
    }

    /** Drops the scan uploads not continued within the expiry (protocol 3.2). @return how many */
    int expirePartialUploads() {
        CentralStore db = storeOrNull();
        if (db == null) {
            return 0;
        }
        int dropped = db.scans().expire(config.clock().millis() - config.limits().partialUploadExpiry().toMillis());
        if (dropped > 0) {
            LOG.info("Dropped {} partial scan upload(s) not continued within {}", dropped,
                    config.limits().partialUploadExpiry());
        }
        return dropped;
    }

    /** Revokes the permits drawn for revocation whose time has come. @return how many */
    int revokeDue() {
        CentralStore db = storeOrNull();
        if (db == null) {
            return 0;
        }
        int revoked = 0;
        for (IssuedPermits.IssuedPermit p : db.permits().dueForRevocation(config.clock().millis())) {
            revoked += revoke(db, p).isPresent() ? 1 : 0;
        }
        return revoked;
    }

    /**
     * Revokes an issued permit now (test control; the simulator also revokes some by itself).
     *
     * @return the revocation id, or empty when no permit with that number is in force
     */
    public Optional<String> revoke(String permitNumber) {
        CentralStore db = store();
        return db.permits().inForce(permitNumber).flatMap(p -> revoke(db, p));
    }

    private Optional<String> revoke(CentralStore db, IssuedPermits.IssuedPermit p) {
        try {
            Application application = ApplicationJson.read(p.applicationJson());
            OffsetDateTime now = now();
            return db.revocations().record(p, id -> decider.revocation(id, p.applicationId(), p.number(),
                    LocalDate.parse(p.issuedOn()), application, p.region(), now.toLocalDate()), now)
                    .map(r -> {
                        LOG.info("Revoked permit {} ({})", p.number(), r.revocationId());
                        return r.revocationId();
                    });
        } catch (ApplicationFormatException e) {
            throw new IllegalStateException("stored application " + p.applicationId() + " is unreadable", e);
        }
    }

    /**
     * Publishes a reference-data update to every office.
     *
     * @return whether it was new (the same bundle id again changes nothing)
     */
    public boolean publishReferenceData(ReferenceBundle bundle) {
        checkWithTheLawCoresLoader(bundle);
        PublisherKey.Halves key = PublisherKey.load(store());
        ObjectNode tree = Json.MAPPER.valueToTree(bundle);
        return store().changes().publishReferenceData(bundle.bundle(),
                sequence -> LawSignature.sign(tree, sequence, key.privateKey(), key.publicKey()), now());
    }

    /**
     * Relays a bundle exactly as given — signed by a publisher, or not, or wrongly: what a central service does with
     * the law it is handed. The workstations judge it (docs/sync-protocol.md 3.5, "Signed law"); tests use this to
     * deliver what they must refuse.
     *
     * @return whether it was new (by its {@code bundle} id)
     */
    public boolean relayReferenceData(JsonNode bundle) {
        return store().changes().publishReferenceData(bundle.path("bundle").asText(), sequence -> bundle, now());
    }

    /**
     * The public half of the key this simulator signs its reference data with (X.509 SubjectPublicKeyInfo): the only
     * publisher training's workstation trusts. Kept in its data folder, the same after a restart.
     */
    public byte[] publisherKey() {
        return PublisherKey.load(store()).publicKey();
    }

    /**
     * Loads the bundle's reference files over the bundled ones as a workstation will, so that a file the
     * workstations would refuse is never published.
     *
     * @throws IllegalArgumentException naming the file at fault
     */
    private void checkWithTheLawCoresLoader(ReferenceBundle bundle) {
        Map<String, String> reference = new HashMap<>();
        for (ReferenceBundle.File f : bundle.files()) {
            if (f.path().startsWith("reference/")) {
                reference.put(f.path().substring("reference/".length()), f.text());
            }
        }
        if (reference.isEmpty()) {
            return;
        }
        try {
            ReferenceData.load(ReferenceSource.ofTexts(reference).overriding(ReferenceSource.bundled()),
                    config.clock());
        } catch (ReferenceDataException e) {
            throw new IllegalArgumentException("files: the reference data does not load: " + e.getMessage(), e);
        }
    }

    /**
     * A one-time enrolment code for a workstation of {@code office} in {@code region} (KATO), valid for 7 days: the
     * administrator of the office types it into the workstation's Settings, which then registers its key.
     *
     * @throws IllegalArgumentException when the office code or the region is malformed
     */
    public String issueEnrolmentCode(String office, String region) {
        if (!Identity.isCode(office) || region == null || !region.matches("\\d{9}")) {
            throw new IllegalArgumentException("an office code (1–64 characters of [A-Za-z0-9._-]) and a 9-digit KATO "
                    + "region are needed");
        }
        return store().keys().issueCode(office, region, config.clock().millis() + Duration.ofDays(7).toMillis());
    }

    /** Counts of what the server holds: applications, scans, decisions, revocations, referenceData, pending. */
    public Map<String, Long> stats() {
        return store().stats();
    }

    /** Every application received, oldest first: UUID → server reference. */
    public List<Map.Entry<String, String>> applications() {
        return store().submissions().all().stream()
                .map(s -> Map.entry(s.applicationId().toString(), s.reference())).toList();
    }

    private synchronized CentralStore storeOrNull() {
        return stopped ? null : store;
    }

    private static ThreadFactory daemon(String name) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, name + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
