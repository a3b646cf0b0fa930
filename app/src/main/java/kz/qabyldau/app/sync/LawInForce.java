package kz.qabyldau.app.sync;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.print.FormTexts;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.Verdicts;

/**
 * The law the intake desk judges by on a filing day: the service definitions with the reference data in force
 * that day, i.e. the bundles received from the central service whose effective date has come, over the bundled
 * data ({@link ReferenceOverlay}; received definition versions through {@link ReceivedLaw}). A bundle received while
 * the window is open takes effect on its effective date without a restart; applications already accepted keep the
 * verdict frozen with them.
 *
 * <p>The clerk types into a session that is judged on every change, so the store is read only when the day or
 * the received bundles changed ({@link SyncStore#referenceGeneration()}, an in-memory counter), and the parsed
 * data is kept per set of files in force: a new day with the same files costs one small query, no parsing.
 * Thread-safe (sessions judge on the FX thread, the sync worker stores bundles on its own).
 */
public final class LawInForce {

    /** Parsed law kept at most for this many different sets of files (a few days around an effective date). */
    private static final int KEPT = 4;

    private final ServiceCatalog catalog;
    private final SyncStore store;
    private final Map<Map<String, String>, Verdicts> byFiles = new LinkedHashMap<>(8, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Map<String, String>, Verdicts> eldest) {
            return size() > KEPT;
        }
    };
    private LocalDate day;
    private long generation = -1;
    private Verdicts current;
    private boolean fixed;

    private LawInForce(ServiceCatalog catalog, SyncStore store) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.store = store;
    }

    private LawInForce(Verdicts fixed) {
        this(fixed.catalog(), null);
        this.current = fixed;
        this.fixed = true;
    }

    /** The bundled definitions, with the reference data received into {@code store} from its effective date. */
    public static LawInForce received(ServiceCatalog catalog, SyncStore store) {
        return new LawInForce(catalog, Objects.requireNonNull(store, "store"));
    }

    /** Only the bundled law (a workstation without a sync store: tests of the shell alone). */
    public static LawInForce bundledOnly(ServiceCatalog catalog) {
        return new LawInForce(catalog, null);
    }

    /** Always {@code verdicts}, whatever the day (tests that judge with one set of law data). */
    public static LawInForce fixed(Verdicts verdicts) {
        return new LawInForce(Objects.requireNonNull(verdicts, "verdicts"));
    }

    /** The bundled service definitions only; the desk's service picker uses {@link #catalogOn}. */
    public ServiceCatalog catalog() {
        return catalog;
    }

    /**
     * The service definitions in force on {@code day}: the bundled ones with the versions received by sync whose
     * effective date has come, so a service received by sync is offered from its effective date (issue #17).
     */
    public ServiceCatalog catalogOn(LocalDate day) {
        return on(day).catalog();
    }

    /** The form texts the desk prints: received ones from their effective date, over the bundled ones. */
    public FormTexts formTexts() {
        return store == null ? new FormTexts() : ReceivedLaw.formTexts(store);
    }

    /** Judges {@code application} as of {@code asOf} with the law in force on that day. */
    public Verdict evaluate(Application application, LocalDateTime asOf) {
        return on(asOf.toLocalDate()).evaluate(application, asOf);
    }

    /** The reference data in force on {@code day} (place names, countries, rates). */
    public ReferenceData referenceOn(LocalDate day) {
        Map<String, String> files = store == null ? Map.of() : store.filesInForce(day);
        return files.isEmpty() ? ReferenceData.loadBundled() : ReferenceData.load(ReferenceOverlay.overlay(files));
    }

    /** The law core judging with the reference data in force on {@code day}. */
    public synchronized Verdicts on(LocalDate day) {
        Objects.requireNonNull(day, "day");
        if (fixed) {
            return current;
        }
        long received = store == null ? 0 : store.referenceGeneration();
        if (current != null && day.equals(this.day) && received == generation) {
            return current;
        }
        Map<String, String> files = store == null ? Map.of() : store.filesInForce(day);
        Verdicts verdicts = byFiles.get(files);
        if (verdicts == null) {
            ReferenceData reference = files.isEmpty() ? ReferenceData.loadBundled()
                    : ReferenceData.load(ReferenceOverlay.overlay(files));
            // Received definitions are more versions of their services: inForce picks them from their own date.
            verdicts = new Verdicts(ReceivedLaw.catalog(catalog, files), reference, reference.calendar());
            byFiles.put(Map.copyOf(files), verdicts);
        }
        this.day = day;
        this.generation = received;
        this.current = verdicts;
        return verdicts;
    }
}
