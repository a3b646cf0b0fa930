package kz.qabyldau.app.sync;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.store.AuditLog;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.app.store.applications.ApplicationStore;

/**
 * The sync of one running workstation: in training mode a central service started in-process on loopback by the
 * assembling package ({@link TrainingCentral}; its data in {@code training-central/} of the data folder) and the
 * worker syncing to it; in an
 * office, the worker syncing to the configured central service with the office code and token set in Settings
 * ({@link OfficeSettings#officeCode()}, {@link OfficeSettings#token()}; the {@code sync --office --token} command
 * stores them there too). A workstation configured before Settings had them still finds them in {@code sync_state}
 * ({@code office}, {@code token}). Without a token the workstation works offline and says why.
 */
public final class DeskSync implements AutoCloseable {

    /** How often the worker syncs by itself. */
    public static final Duration INTERVAL = Duration.ofSeconds(5);

    private static final Logger LOG = LoggerFactory.getLogger(DeskSync.class);
    private static final Pattern OFFICE = OfficeSettings.OFFICE_CODE;
    private static final String DEFAULT_REGION = "710000000";
    /** The office code training enrols as with its simulator. */
    static final String TRAINING_OFFICE = "TRAINING";

    private final Database database;
    private Path dataRoot;
    private final ApplicationStore applications;
    private final SyncStore store;
    private final DeskKey key;
    private final SyncWorker worker;
    private final TrainingCentral training;
    private final String problem;

    private DeskSync(Database database, ApplicationStore applications, SyncStore store, DeskKey key,
                     SyncWorker worker, TrainingCentral training, String problem) {
        this.database = database;
        this.applications = applications;
        this.store = store;
        this.key = key;
        this.worker = worker;
        this.training = training;
        this.problem = problem;
    }

    /**
     * Opens the sync of an office workstation with the central service of Settings and starts its worker.
     *
     * @param dataRoot the data folder
     */
    public static DeskSync office(Database work, ApplicationStore applications, OfficeSettings settings,
                                  Path dataRoot) {
        return open(work, applications, settings, null, dataRoot, true);
    }

    /**
     * Like {@link #office(Database, ApplicationStore, OfficeSettings, Path)}; {@code startWorker} false leaves the
     * rounds to the caller ({@code worker().syncOnce()}, tests).
     */
    public static DeskSync office(Database work, ApplicationStore applications, OfficeSettings settings,
                                  Path dataRoot, boolean startWorker) {
        return open(work, applications, settings, null, dataRoot, startWorker);
    }

    /**
     * Opens the sync of a training run: {@code central} starts the training central service (its data in
     * {@code training-central/} under {@code dataRoot}), stopped again when this sync closes.
     *
     * @param startWorker false leaves the rounds to the caller ({@code worker().syncOnce()}, tests)
     */
    public static DeskSync training(Database work, ApplicationStore applications, OfficeSettings settings,
                                    TrainingCentral.Starter central, Path dataRoot, boolean startWorker) {
        return open(work, applications, settings, Objects.requireNonNull(central, "central"), dataRoot, startWorker);
    }

    private static DeskSync open(Database work, ApplicationStore applications, OfficeSettings settings,
                                 TrainingCentral.Starter trainingCentral, Path dataRoot, boolean startWorker) {
        SyncStore store = new SyncStore(work, new AuditLog(work, Clock.systemUTC()));
        DeskKey key = new DeskKey(store, applications.workstationId());
        String region = settings.region().orElse(DEFAULT_REGION);
        boolean trainingMode = trainingCentral != null;
        TrainingCentral training = null;
        try {
            SyncConfig config;
            if (trainingMode) {
                training = trainingCentral.start(dataRoot.resolve("training-central"));
                config = SyncConfig.of(training.baseUri(), TRAINING_OFFICE, applications.workstationId(), region, "");
            } else {
                Optional<String> token = token(settings, store);
                if (settings.centralUrl().isBlank() || (token.isEmpty() && key.get().isEmpty())) {
                    return offline(work, applications, store, key, "sync.notConfigured").at(dataRoot);
                }
                String office = officeCode(settings, store).orElse("OFFICE-" + region);
                config = SyncConfig.of(URI.create(settings.centralUrl()), office, applications.workstationId(), region,
                        token.orElse(""));
            }
            SyncWorker worker = new SyncWorker(applications, store, new CentralClient(config, key), Clock.systemUTC(),
                    Backoff.standard());
            if (trainingMode) {
                worker.prepareEachRound(enrolOnce(training, key, region, worker));
            }
            if (startWorker) {
                worker.start(INTERVAL);
            }
            LOG.info("Sync with {} started ({})", config.baseUri(), trainingMode ? "training" : config.office());
            DeskSync opened = new DeskSync(work, applications, store, key, worker, training, null);
            opened.dataRoot = dataRoot;
            return opened;
        } catch (RuntimeException e) {
            if (training != null) {
                training.close();
            }
            LOG.error("Sync could not start; the workstation works offline", e);
            return offline(work, applications, store, key, "sync.cannotStart").at(dataRoot);
        }
    }

    /**
     * Training enrols itself once per run with its own simulator (which serves signed requests only): a fresh key
     * each run, kept plain in the training database, so a training-central folder deleted between runs never leaves
     * the desk with a key the simulator does not know.
     */
    private static SyncWorker.Preparation enrolOnce(TrainingCentral central, DeskKey key, String region,
                                                    SyncWorker worker) {
        boolean[] enrolled = {false};
        return () -> {
            if (enrolled[0]) {
                return;
            }
            String code;
            try {
                code = central.enrolmentCode(TRAINING_OFFICE, region);
                // Training trusts the law of its own simulator only, never the shipped publisher's (ADR 0122).
                worker.trustLawFrom(PublisherKeys.of(central.publisherKey()));
            } catch (IllegalStateException e) {
                throw new SyncFailure(SyncFailure.Kind.OFFLINE, "", 0, "the training simulator is not running", e);
            }
            key.enrol(central.baseUri(), code);
            enrolled[0] = true;
            LOG.info("Training workstation enrolled with the training simulator");
        };
    }

    /**
     * Enrols this workstation with a one-time code from the central service at {@code central} (an administrator,
     * in Settings): a new key pair is made here and its private half kept in the database (sealed when the office's
     * data key exists); from then on every request is signed with it, at once if the worker runs.
     *
     * @return the office the central service registered the workstation for
     * @throws SyncFailure REJECTED {@code ENROLMENT_REFUSED} for a wrong, used or expired code; OFFLINE or TIMEOUT
     * @throws IllegalArgumentException when {@code central} is not a safe address (HTTPS, or HTTP on loopback)
     */
    public String enrol(URI central, String code) throws SyncFailure {
        return key.enrol(central, code).office();
    }

    /** Whether this workstation has a signing key (readable now: an office's is sealed until sign-in). */
    public boolean enrolled() {
        return key.get().isPresent();
    }

    /** The token of Settings, else the one an older {@code sync --token} kept in {@code sync_state}. */
    public static Optional<String> token(OfficeSettings settings, SyncStore store) {
        return settings.centralToken().or(() -> store.value("token").filter(t -> !t.isBlank()));
    }

    /** The office code of Settings, else the one an older {@code sync --office} kept in {@code sync_state}. */
    public static Optional<String> officeCode(OfficeSettings settings, SyncStore store) {
        return settings.validOfficeCode().or(() -> store.value("office").filter(o -> OFFICE.matcher(o).matches()));
    }

    private static DeskSync offline(Database work, ApplicationStore applications, SyncStore store, DeskKey key,
                                    String problem) {
        return new DeskSync(work, applications, store, key, null, null, problem);
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

    /** The in-process training central service, when in training mode. */
    public Optional<TrainingCentral> trainingCentral() {
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
            training.close();
        }
    }

}
