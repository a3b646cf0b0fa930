package kz.qabyldau.app.ui.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.Drafts;
import kz.qabyldau.app.store.applications.StoredApplication;
import kz.qabyldau.app.sync.LawInForce;
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
 * <p>Every change rebuilds the {@link Application} (the edit buffer here), judges it at the injected clock's "now",
 * and tells its {@link DraftAutosave} to save it through {@link Drafts#save} after the clerk pauses; a
 * {@link ServiceTimer} keeps the time served. A save that finds the draft changed elsewhere (another window or
 * workstation) stops this session from saving again and tells the clerk: nothing is overwritten silently.
 * Create sessions with {@link IntakeSessions}.
 */
public final class IntakeSession {

    /** The standard's time for serving one applicant at the front office (seed 000, App. 2 row 3). */
    public static final Duration SERVICE_STANDARD = Duration.ofMinutes(20);

    private static final Logger LOG = LoggerFactory.getLogger(IntakeSession.class);

    private final ServiceDefinition definition;
    /** The law in force on the filing day (reference data received by sync counts from its effective date). */
    private final LawInForce verdicts;
    private final Clock clock;
    private final I18n i18n;
    private final ServiceTimer timer;
    private final DraftAutosave autosave;

    private final Map<String, Object> fields = new LinkedHashMap<>();
    private final List<PresentedDocument> documents = new ArrayList<>();
    private final List<WarningOverride> overrides = new ArrayList<>();
    /** Values this session put in by itself ({@link DerivedValues}), which it may replace when their source changes. */
    private final Map<String, Object> derived = new HashMap<>();

    private final ReadOnlyObjectWrapper<ServiceDefinition> serviceDefinition;
    private final ReadOnlyObjectWrapper<UUID> draftId;
    private final ReadOnlyObjectWrapper<Application> application = new ReadOnlyObjectWrapper<>(this, "application");
    private final ReadOnlyObjectWrapper<Verdict> verdict = new ReadOnlyObjectWrapper<>(this, "verdict");
    private final ReadOnlyStringWrapper ticket;
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyBooleanWrapper frozen = new ReadOnlyBooleanWrapper(this, "frozen");

    IntakeSession(ServiceDefinition definition, StoredApplication stored, Drafts drafts, LawInForce verdicts,
                  Clock clock, TaskExecutor executor, Debouncer debouncer, DialogService dialogs, I18n i18n) {
        this.definition = Objects.requireNonNull(definition);
        this.verdicts = Objects.requireNonNull(verdicts);
        this.clock = Objects.requireNonNull(clock);
        this.i18n = Objects.requireNonNull(i18n);
        this.serviceDefinition = new ReadOnlyObjectWrapper<>(this, "serviceDefinition", definition);
        this.draftId = new ReadOnlyObjectWrapper<>(this, "draftId", stored.id());
        this.ticket = new ReadOnlyStringWrapper(this, "ticket", stored.ticket() == null ? "" : stored.ticket());
        this.timer = new ServiceTimer(clock, stored.serviceTime());
        this.autosave = new DraftAutosave(stored.id(), stored.version(), stored.updatedAt(), drafts, application::get,
                () -> {
                    timer.tick();
                    return timer.elapsed().get();
                }, clock, executor, debouncer, dialogs, i18n);
        Application saved = stored.application();
        if (saved != null) {
            fields.putAll(saved.fields());
            documents.addAll(saved.documents());
            overrides.addAll(saved.overrides());
        }
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
        return autosave.version();
    }

    /** The electronic-queue ticket noted when the application was started (may be empty). */
    public ReadOnlyStringProperty ticket() {
        return ticket.getReadOnlyProperty();
    }

    /** Time spent serving this applicant, including earlier sessions on the same draft; see {@link #tick()}. */
    public ReadOnlyObjectProperty<Duration> elapsed() {
        return timer.elapsed();
    }

    /** Whether a save is running. */
    public ReadOnlyBooleanProperty saving() {
        return autosave.saving();
    }

    /** When the draft was last saved (null if never). */
    public ReadOnlyObjectProperty<Instant> lastSaved() {
        return autosave.lastSaved();
    }

    /** True once a save found a newer version elsewhere; from then on this session saves nothing. */
    public ReadOnlyBooleanProperty conflicted() {
        return autosave.conflicted();
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
            derive();
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
            derive();
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
        autosave.fieldLeft();
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
        autosave.flush(then);
    }

    /** Updates {@link #elapsed()} from the clock; the view calls it every second. */
    public void tick() {
        timer.tick();
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
        timer.stop();
        autosave.stop();
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

    /**
     * Fills what follows from the fields (the birth year from an IIN, the country of residence from the citizenship)
     * when its source changed: into a field that is empty or still holds what this session derived before, never
     * over what the clerk typed or took from elsewhere. A field the clerk emptied stays empty until its source
     * changes again.
     */
    private void derive() {
        DerivedValues.of(definition, fields).forEach((id, value) -> {
            Object before = derived.put(id, value);
            if (Objects.equals(before, value)) {
                return;
            }
            Object current = fields.get(id);
            if (current == null || Objects.equals(current, before)) {
                put(id, value);
            }
        });
    }

    private void changed() {
        rebuild();
        autosave.changed();
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
}
