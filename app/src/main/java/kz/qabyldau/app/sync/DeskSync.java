package kz.qabyldau.app.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;

/**
 * The sync of one running workstation: in training mode a simulated central service started in-process on
 * loopback (its data in {@code training-central/} of the data folder) and the worker syncing to it; in an
 * office, the worker syncing to the configured central service with the office code and token set in Settings
 * ({@link OfficeSettings#officeCode()}, {@link OfficeSettings#token()}; the {@code sync --office --token} command
 * stores them there too). A workstation configured before Settings had them still finds them in {@code sync_state}
 * ({@code office}, {@code token}). Without a token the workstation works offline and says why.
 */
public final class DeskSync implements AutoCloseable {

    /** Training: decisions come back after this long, so a newcomer sees the whole path in a minute. */
    public static final Duration TRAINING_DECISION_DELAY = Duration.ofSeconds(8);
    /** How often the worker syncs by itself. */
    public static final Duration INTERVAL = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(DeskSync.class);
    private static final Pattern OFFICE = OfficeSettings.OFFICE_CODE;
    private static final String DEFAULT_REGION = "710000000";

    private final Database database;
    private Path dataRoot;
    private final ApplicationStore applications;
    private final SyncStore store;
    private final SyncWorker worker;
    private final CentralService training;
    private final String problem;

    private DeskSync(Database database, ApplicationStore applications, SyncStore store, SyncWorker worker,
                     CentralService training, String problem) {
        this.database = database;
        this.applications = applications;
        this.store = store;
        this.worker = worker;
        this.training = training;
        this.problem = problem;
    }

    /**
     * Opens the sync of this run and starts its worker.
     *
     * @param trainingMode whether this run is training (an in-process simulator is started)
     * @param dataRoot     the data folder (the training simulator keeps its data under it)
     */
    public static DeskSync open(Database work, ApplicationStore applications, OfficeSettings settings,
                                boolean trainingMode, Path dataRoot) {
        return open(work, applications, settings, trainingMode, dataRoot, true);
    }

    /**
     * Like {@link #open(Database, ApplicationStore, OfficeSettings, boolean, Path)}; {@code startWorker} false
     * leaves the rounds to the caller ({@code worker().syncOnce()}, tests).
     */
    public static DeskSync open(Database work, ApplicationStore applications, OfficeSettings settings,
                                boolean trainingMode, Path dataRoot, boolean startWorker) {
        SyncStore store = new SyncStore(work, new AuditLog(Clock.systemUTC()));
        String region = settings.region().orElse(DEFAULT_REGION);
        CentralService training = null;
        try {
            SyncConfig config;
            if (trainingMode) {
                training = CentralService.start(CentralConfig.defaults(dataRoot.resolve("training-central"), 0)
                        .withDecisionDelay(trainingDecisionDelay())
                        .withRates(rate("qabyldau.training.refuseRate", 0.2),
                                rate("qabyldau.training.revokeRate", 0.02)));
                config = SyncConfig.of(training.baseUri(), "TRAINING", applications.workstationId(), region,
                        "training");
            } else {
                Optional<String> token = token(settings, store);
                if (settings.centralUrl().isBlank() || token.isEmpty()) {
                    return offline(work, applications, store, "sync.notConfigured").at(dataRoot);
                }
                String office = officeCode(settings, store).orElse("OFFICE-" + region);
                config = SyncConfig.of(URI.create(settings.centralUrl()), office, applications.workstationId(), region,
                        token.get());
            }
            SyncWorker worker = new SyncWorker(applications, store, new CentralClient(config), Clock.systemUTC(),
                    Backoff.standard());
            if (startWorker) {
                worker.start(INTERVAL);
            }
            LOG.info("Sync with {} started ({})", config.baseUri(), trainingMode ? "training" : config.office());
            DeskSync opened = new DeskSync(work, applications, store, worker, training, null);
            opened.dataRoot = dataRoot;
            return opened;
        } catch (RuntimeException e) {
            if (training != null) {
                training.stop();
            }
            LOG.error("Sync could not start; the workstation works offline", e);
            return offline(work, applications, store, "sync.cannotStart").at(dataRoot);
        }
    }

    /** The token of Settings, else the one an older {@code sync --token} kept in {@code sync_state}. */
    public static Optional<String> token(OfficeSettings settings, SyncStore store) {
        return settings.centralToken().or(() -> store.value("token").filter(t -> !t.isBlank()));
    }

    /** The office code of Settings, else the one an older {@code sync --office} kept in {@code sync_state}. */
    public static Optional<String> officeCode(OfficeSettings settings, SyncStore store) {
        return settings.validOfficeCode().or(() -> store.value("office").filter(o -> OFFICE.matcher(o).matches()));
    }

    /** {@link #TRAINING_DECISION_DELAY}, or {@code -Dqabyldau.training.decisionDelayMillis} (tests, demonstrations). */
    static Duration trainingDecisionDelay() {
        Long millis = Long.getLong("qabyldau.training.decisionDelayMillis");
        return millis == null || millis < 0 ? TRAINING_DECISION_DELAY : Duration.ofMillis(millis);
    }

    /** A share from a system property (tests, demonstrations), else the default. */
    static double rate(String property, double fallback) {
        try {
            String v = System.getProperty(property);
            double r = v == null ? fallback : Double.parseDouble(v);
            return r >= 0 && r <= 1 ? r : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static DeskSync offline(Database work, ApplicationStore applications, SyncStore store, String problem) {
        return new DeskSync(work, applications, store, null, null, problem);
    }

    private DeskSync at(Path root) {
        this.dataRoot = root;
        return this;
    }

    /** The data folder (printed papers are saved under it when no printer is at hand). */
    public Path dataRoot() {
        return dataRoot;
    }

    /** The work database (where applications, decisions and the sync state live). */
    public Database database() {
        return database;
    }

    public ApplicationStore applications() {
        return applications;
    }

    public SyncStore store() {
        return store;
    }

    /** The worker, absent when the workstation cannot sync (see {@link #problem()}). */
    public Optional<SyncWorker> worker() {
        return Optional.ofNullable(worker);
    }

    /** The in-process training simulator, when in training mode. */
    public Optional<CentralService> trainingCentral() {
        return Optional.ofNullable(training);
    }

    /** The i18n key explaining why there is no worker ({@code sync.notConfigured} …), if so. */
    public Optional<String> problem() {
        return Optional.ofNullable(problem);
    }

    @Override
    public void close() {
        if (worker != null) {
            worker.close();
        }
        if (training != null) {
            training.stop();
        }
    }

}
