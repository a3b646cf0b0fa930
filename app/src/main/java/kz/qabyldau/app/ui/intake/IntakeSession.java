package kz.qabyldau.app.ui.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.ApplicationStoreException;
import kz.qabyldau.app.store.applications.DraftConflictException;
import kz.qabyldau.app.store.applications.Drafts;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.sync.LawInForce;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.application.WarningOverride;
import kz.qabyldau.forms.service.ServiceDefinition;
import kz.qabyldau.forms.verdict.CannotJudgeException;
import kz.qabyldau.forms.verdict.Verdict;

/**
 * One application being taken at the desk: its service definition, the application as typed so far, the law
 * core's live verdict on it, and the draft it is saved to. A view model: no controls, only properties and commands.
 *
 * <p>Every change rebuilds the {@link Application}, judges it at the injected clock's "now", and schedules a
 * save through {@link Drafts#save} after the clerk pauses. A save that finds the draft changed elsewhere (another
 * window or workstation) stops this session from saving again and tells the clerk: nothing is overwritten silently.
 * Create sessions with {@link IntakeSessions}.
 */
public final class IntakeSession {

    /** The standard's time for serving one applicant at the front office (seed 000, App. 2 row 3). */
    public static final Duration SERVICE_STANDARD = Duration.ofMinutes(20);

    private static final Logger LOG = LoggerFactory.getLogger(IntakeSession.class);

    private final ServiceDefinition definition;
    private final Drafts drafts;
    /** The law in force on the filing day (reference data received by sync counts from its effective date). */
    private final LawInForce verdicts;
    private final Clock clock;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Duration timeBefore;
    private final Instant openedAt;

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<PresentedDocument> documents = new ArrayList<>();
    private final List<WarningOverride> overrides = new ArrayList<>();

    private final ReadOnlyObjectWrapper<ServiceDefinition> serviceDefinition;
    private final ReadOnlyObjectWrapper<UUID> draftId;
    private final ReadOnlyObjectWrapper<Application> application = new ReadOnlyObjectWrapper<>(this, "application");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyLongWrapper version;
    private final ReadOnlyStringWrapper ticket;
    private final ReadOnlyObjectWrapper<Duration> elapsed = new ReadOnlyObjectWrapper<>(this, "elapsed");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<Instant> lastSaved = new ReadOnlyObjectWrapper<>(this, "lastSaved");
    private final ReadOnlyBooleanWrapper conflicted = new ReadOnlyBooleanWrapper(this, "conflicted");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyBooleanWrapper frozen = new ReadOnlyBooleanWrapper(this, "frozen");

    private boolean dirty;
    private boolean saveAgain;
    private final List<Runnable> afterSave = new ArrayList<>();

    IntakeSession(ServiceDefinition definition, StoredApplication stored, Drafts drafts, LawInForce verdicts,
                  Clock clock, TaskExecutor executor, Debouncer debouncer, DialogService dialogs, I18n i18n) {
        this.definition = Objects.requireNonNull(definition);
        this.drafts = Objects.requireNonNull(drafts);
        this.verdicts = Objects.requireNonNull(verdicts);
        this.clock = Objects.requireNonNull(clock);
        this.executor = Objects.requireNonNull(executor);
        this.debouncer = Objects.requireNonNull(debouncer);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
        this.serviceDefinition = new ReadOnlyObjectWrapper<>(this, "serviceDefinition", definition);
        this.draftId = new ReadOnlyObjectWrapper<>(this, "draftId", stored.id());
        this.version = new ReadOnlyLongWrapper(this, "version", stored.version());
        this.ticket = new ReadOnlyStringWrapper(this, "ticket", stored.ticket() == null ? "" : stored.ticket());
        this.timeBefore = stored.serviceTime() == null ? Duration.ZERO : stored.serviceTime();
        this.openedAt = clock.instant();
        this.lastSaved.set(stored.updatedAt());
        Application saved = stored.application();
        if (saved != null) {
            fields.putAll(saved.fields());
            documents.addAll(saved.documents());
            overrides.addAll(saved.overrides());
        }
        elapsed.set(timeBefore);
        rebuild();
    }

    // ---- Properties ----

    /** The version of the service's definition this application is taken by (in force when it was opened). */
    public ReadOnlyObjectProperty<ServiceDefinition> serviceDefinition() {
        return serviceDefinition.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<UUID> draftId() {
        return draftId.getReadOnlyProperty();
    }

    /** The application as typed so far; a new instance after every change. */
    public ReadOnlyObjectProperty<Application> application() {
        return application.getReadOnlyProperty();
    }

    /** The law core's verdict on {@link #application()} now; null only if the law data cannot judge today. */
    public ReadOnlyObjectProperty<Verdict> verdict() {
        return verdict.getReadOnlyProperty();
    }

    /** The draft's version in the store, as of the latest successful save. */
    public ReadOnlyLongProperty version() {
        return version.getReadOnlyProperty();
    }

    /** The electronic-queue ticket noted when the application was started (may be empty). */
    public ReadOnlyStringProperty ticket() {
        return ticket.getReadOnlyProperty();
    }

    /** Time spent serving this applicant, including earlier sessions on the same draft; see {@link #tick()}. */
    public ReadOnlyObjectProperty<Duration> elapsed() {
        return elapsed.getReadOnlyProperty();
    }

    /** Whether a save is running. */
    public ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }

    /** When the draft was last saved (null if never). */
    public ReadOnlyObjectProperty<Instant> lastSaved() {
        return lastSaved.getReadOnlyProperty();
    }

    /** True once a save found a newer version elsewhere; from then on this session saves nothing. */
    public ReadOnlyBooleanProperty conflicted() {
        return conflicted.getReadOnlyProperty();
    }

    /** True once the application is accepted, refused or put aside ({@link #finish()}). */
    public ReadOnlyBooleanProperty finished() {
        return finished.getReadOnlyProperty();
    }

    /**
     * True once the application is accepted or its intake refused ({@link #freeze()}): the record is what the store
     * holds from then on, so the session takes no more changes, saves nothing and its timer stands still.
     */
    public ReadOnlyBooleanProperty frozen() {
        return frozen.getReadOnlyProperty();
    }

    /** The value of a field, as stored (ISO dates, numbers), or null. */
    public Object field(String id) {
        return fields.get(id);
    }

    // ---- Commands ----

    /** Sets (or, with null or blank text, clears) one field. */
    public void setField(String id, Object value) {
        if (refusedWhenFrozen()) {
            return;
        }
        if (put(id, value)) {
            changed();
        }
    }

    /** Sets several fields as one change (a read MRZ, data copied from an earlier permit). */
    public void setFields(Map<String, ?> values) {
        if (refusedWhenFrozen()) {
            return;
        }
        boolean any = false;
        for (Map.Entry<String, ?> e : values.entrySet()) {
            any |= put(e.getKey(), e.getValue());
        }
        if (any) {
            changed();
        }
    }

    /** Records a document entry, replacing the entry of the same type. */
    public void setDocument(PresentedDocument document) {
        if (refusedWhenFrozen()) {
            return;
        }
        documents.removeIf(d -> d.type().equals(document.type()));
        documents.add(document);
        changed();
    }

    /** Records the clerk's override of a warning, replacing an earlier override of the same warning. */
    public void addOverride(WarningOverride override) {
        if (refusedWhenFrozen()) {
            return;
        }
        overrides.removeIf(o -> o.warning().equals(override.warning()));
        overrides.add(override);
        changed();
    }

    /** Forgets the clerk's override of warning {@code code}, if one was recorded (the reason was cleared). */
    public void removeOverride(String code) {
        if (refusedWhenFrozen()) {
            return;
        }
        if (overrides.removeIf(o -> o.warning().equals(code))) {
            changed();
        }
    }

    /**
     * The clerk left a field (focus moved on, Enter): saves what is waiting at once instead of after the pause, so
     * a kill while typing the next field loses at most that field.
     */
    public void fieldLeft() {
        if (dirty && !conflicted.get()) {
            debouncer.cancel();
            save();
        }
    }

    /** Saves now if anything is unsaved (used before accepting or closing). */
    public void flush() {
        flush(() -> { });
    }

    /**
     * Saves now if anything is unsaved, then runs {@code then} once no save is waiting or running — at once if
     * everything is saved. Not run after a conflict: there is nothing safe to continue with.
     */
    public void flush(Runnable then) {
        debouncer.cancel();
        afterSave.add(then);
        if (dirty) {
            save();
        } else if (!saving.get()) {
            runAfterSave();
        }
    }

    /** Updates {@link #elapsed()} from the clock; the view calls it every second. */
    public void tick() {
        if (frozen.get()) {
            return;
        }
        elapsed.set(timeBefore.plus(Duration.between(openedAt, clock.instant())));
    }

    /** Marks the session done; the page returns to the service picker. */
    public void finish() {
        finished.set(true);
    }

    /**
     * Freezes the session once the store recorded the outcome (accepted, intake refused): from then on the wizard
     * shows the application read-only, nothing is saved and the service time stops at the moment of the outcome.
     */
    public void freeze() {
        tick();
        debouncer.cancel();
        dirty = false;
        frozen.set(true);
    }

    /** Judges the application again at the clock's now (the minute or the day may have turned). */
    public void rejudge() {
        verdict.set(judge(application.get()));
    }

    // ---- Internals ----

    /** A change to a frozen record is ignored (a view that missed the freeze): the store would refuse it anyway. */
    private boolean refusedWhenFrozen() {
        if (frozen.get()) {
            LOG.warn("Change to frozen application {} ignored", draftId.get());
            return true;
        }
        return false;
    }

    private boolean put(String id, Object value) {
        Object stored = value instanceof String s && s.isBlank() ? null : value;
        if (Objects.equals(fields.get(id), stored)) {
            return false;
        }
        if (stored == null) {
            fields.remove(id);
        } else {
            fields.put(id, stored);
        }
        return true;
    }

    private void changed() {
        rebuild();
        dirty = true;
        if (!conflicted.get()) {
            debouncer.schedule(this::save);
        }
    }

    private void rebuild() {
        Application app = new Application(Application.FORMAT, draftId.get().toString(), definition.service(), null,
                i18n.language().code(), fields, documents, overrides);
        application.set(app);
        verdict.set(judge(app));
    }

    private Verdict judge(Application app) {
        try {
            return verdicts.evaluate(app, LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES));
        } catch (CannotJudgeException e) {
            LOG.warn("Cannot judge draft {}: {}", draftId.get(), e.getMessage());
            return null;
        }
    }

    private void save() {
        if (conflicted.get() || frozen.get()) {
            return;
        }
        if (saving.get()) {
            saveAgain = true;
            return;
        }
        dirty = false;
        saving.set(true);
        tick();
        UUID id = draftId.get();
        Application snapshot = application.get();
        long expected = version.get();
        Duration time = elapsed.get();
        BackgroundTask.wrap(() -> drafts.save(id, snapshot, expected, time))
                .onSuccess(this::saved)
                .onFailure(this::saveFailed)
                .executeWith(executor);
    }

    private void saved(Long newVersion) {
        version.set(newVersion);
        lastSaved.set(clock.instant());
        saving.set(false);
        if (saveAgain || dirty) {
            saveAgain = false;
            save();
        } else {
            runAfterSave();
        }
    }

    private void saveFailed(Exception error) {
        saving.set(false);
        saveAgain = false;
        dirty = true;
        afterSave.clear();
        if (error instanceof DraftConflictException conflict) {
            LOG.warn("Draft {} was changed elsewhere; this window stops saving it: {}", draftId.get(),
                    conflict.getMessage());
            conflicted.set(true);
            dialogs.showError(i18n.get("intake.conflict.title"),
                    i18n.get("intake.conflict.text", conflict.localizedMessage(locale())));
        } else if (error instanceof ApplicationStoreException refused) {
            // Accepted, refused or deleted meanwhile (another window): the store says which, in the clerk's language.
            LOG.warn("Draft {} can no longer be saved: {}", draftId.get(), refused.getMessage());
            conflicted.set(true);
            dialogs.showError(i18n.get("intake.saveFailed.title"), refused.localizedMessage(locale()));
        } else {
            LOG.error("Draft {} could not be saved", draftId.get(), error);
            dialogs.showError(i18n.get("intake.saveFailed.title"), i18n.get("intake.saveFailed.text"));
        }
    }

    private java.util.Locale locale() {
        return java.util.Locale.forLanguageTag(i18n.language().code());
    }

    private void runAfterSave() {
        List<Runnable> waiting = List.copyOf(afterSave);
        afterSave.clear();
        waiting.forEach(Runnable::run);
    }
}
