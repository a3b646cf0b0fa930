package kz.qabyldau.app.ui.intake;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.Drafts;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.sync.LawInForce;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.service.ServiceDefinition;
import kz.qabyldau.forms.verdict.Verdicts;

/**
 * Opens {@link IntakeSession}s: everything a session needs that lives as long as the workstation (the store, the
 * law core, the clock, the executor). The blocking methods run off the FX thread.
 */
public final class IntakeSessions {

    private final Drafts drafts;
    private final LawInForce law;
    private final Clock clock;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final DialogService dialogs;
    private final I18n i18n;

    /**
     * @param debouncer how long a save waits for the clerk to pause ({@link Debouncer#immediate()} in tests)
     */
    public IntakeSessions(Drafts drafts, Verdicts verdicts, Clock clock, TaskExecutor executor, Debouncer debouncer,
                          DialogService dialogs, I18n i18n) {
        this(drafts, LawInForce.fixed(verdicts), clock, executor, debouncer, dialogs, i18n);
    }

    /**
     * Sessions judged with the law in force on their filing day ({@link LawInForce#received}: a reference-data
     * bundle received by sync applies from its effective date, without a restart).
     *
     * @param debouncer how long a save waits for the clerk to pause ({@link Debouncer#immediate()} in tests)
     */
    public IntakeSessions(Drafts drafts, LawInForce law, Clock clock, TaskExecutor executor, Debouncer debouncer,
                          DialogService dialogs, I18n i18n) {
        this.drafts = Objects.requireNonNull(drafts);
        this.law = Objects.requireNonNull(law);
        this.clock = Objects.requireNonNull(clock);
        this.executor = Objects.requireNonNull(executor);
        this.debouncer = Objects.requireNonNull(debouncer);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
    }

    /** The definitions in force today, received ones included (a new service is offered from its date). */
    public ServiceCatalog catalog() {
        return law.catalogOn(LocalDate.now(clock));
    }

    public Clock clock() {
        return clock;
    }

    public TaskExecutor executor() {
        return executor;
    }

    /** The definition of {@code service} in force today. */
    public Optional<ServiceDefinition> inForceToday(String service) {
        return catalog().inForce(service, LocalDate.now(clock));
    }

    /** Blocking: a new draft in the store, the service timer started. */
    public StoredApplication createDraft(String service, String ticket, String clerk) {
        return drafts.create(service, ticket, clerk);
    }

    /** Blocking: the stored draft, if it exists. */
    public Optional<StoredApplication> findDraft(UUID draftId) {
        return drafts.find(draftId);
    }

    /**
     * Blocking: reopens a stored draft as a session (what was typed, its ticket and its timer so far). Call the
     * store off the FX thread and {@link #open} on it, as {@link NewApplicationViewModel#resume} does; this
     * shortcut is for callers already on the right thread (tests, command-line tools).
     */
    public Optional<IntakeSession> resume(UUID draftId) {
        return findDraft(draftId).map(this::open);
    }

    /**
     * A session on a stored draft (new or resumed), judged by the definition in force today.
     *
     * @throws IllegalStateException when no definition of the draft's service is in force today
     */
    public IntakeSession open(StoredApplication stored) {
        ServiceDefinition definition = inForceToday(stored.service()).orElseThrow(() -> new IllegalStateException(
                "no definition of " + stored.service() + " is in force on " + LocalDate.now(clock)));
        return new IntakeSession(definition, stored, drafts, law, clock, executor, debouncer, dialogs, i18n);
    }
}
