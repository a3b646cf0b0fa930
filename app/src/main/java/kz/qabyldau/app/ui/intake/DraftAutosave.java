package kz.qabyldau.app.ui.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.applications.ApplicationStoreException;
import kz.qabyldau.app.store.applications.DraftConflictException;
import kz.qabyldau.app.store.applications.Drafts;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.DialogService;
import kz.qabyldau.app.ui.common.TaskExecutor;
import kz.qabyldau.forms.application.Application;

/**
 * Saves one draft as the clerk types: after a pause ({@link Debouncer}), at once when a field is left, and on
 * {@link #flush} before accepting, locking or closing. One save runs at a time, on the worker thread; changes made
 * while it runs are saved right after it. A save that finds the draft changed elsewhere (another window or
 * workstation) stops all saving and tells the clerk: nothing is overwritten silently.
 *
 * <p>Split from {@link IntakeSession} so that the edit buffer and the verdict there and the saving here can each be
 * read on their own; the session tells this class "changed" and hands it a snapshot supplier.
 */
final class DraftAutosave {

    private static final Logger LOG = LoggerFactory.getLogger(DraftAutosave.class);

    private final UUID draftId;
    private final Drafts drafts;
    private final Supplier<Application> snapshot;
    private final Supplier<Duration> serviceTime;
    private final Clock clock;
    private final TaskExecutor executor;
    private final Debouncer debouncer;
    private final DialogService dialogs;
    private final I18n i18n;

    private final ReadOnlyLongWrapper version;
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(this, "saving");
    private final ReadOnlyObjectWrapper<Instant> lastSaved = new ReadOnlyObjectWrapper<>(this, "lastSaved");
    private final ReadOnlyBooleanWrapper conflicted = new ReadOnlyBooleanWrapper(this, "conflicted");

    private boolean dirty;
    private boolean saveAgain;
    private boolean stopped;
    private final List<Runnable> afterSave = new ArrayList<>();

    /**
     * @param snapshot    the application as typed now
     * @param serviceTime the service time to store with the draft, taken when a save starts
     */
    DraftAutosave(UUID draftId, long version, Instant lastSaved, Drafts drafts, Supplier<Application> snapshot,
                  Supplier<Duration> serviceTime, Clock clock, TaskExecutor executor, Debouncer debouncer,
                  DialogService dialogs, I18n i18n) {
        this.draftId = Objects.requireNonNull(draftId);
        this.drafts = Objects.requireNonNull(drafts);
        this.snapshot = Objects.requireNonNull(snapshot);
        this.serviceTime = Objects.requireNonNull(serviceTime);
        this.clock = Objects.requireNonNull(clock);
        this.executor = Objects.requireNonNull(executor);
        this.debouncer = Objects.requireNonNull(debouncer);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.i18n = Objects.requireNonNull(i18n);
        this.version = new ReadOnlyLongWrapper(this, "version", version);
        this.lastSaved.set(lastSaved);
    }

    ReadOnlyLongProperty version() {
        return version.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty saving() {
        return saving.getReadOnlyProperty();
    }

    ReadOnlyObjectProperty<Instant> lastSaved() {
        return lastSaved.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty conflicted() {
        return conflicted.getReadOnlyProperty();
    }

    /** The application changed: saved after the pause (never after a conflict). */
    void changed() {
        dirty = true;
        if (!conflicted.get()) {
            debouncer.schedule(this::save);
        }
    }

    /** The clerk left a field: what is waiting is saved now instead of after the pause. */
    void fieldLeft() {
        if (dirty && !conflicted.get()) {
            debouncer.cancel();
            save();
        }
    }

    /**
     * Saves now if anything is unsaved, then runs {@code then} once no save is waiting or running — at once if
     * everything is saved. Not run after a conflict: there is nothing safe to continue with.
     */
    void flush(Runnable then) {
        debouncer.cancel();
        afterSave.add(then);
        if (dirty) {
            save();
        } else if (!saving.get()) {
            runAfterSave();
        }
    }

    /** The outcome is recorded: nothing waiting is saved and nothing is saved again. */
    void stop() {
        debouncer.cancel();
        dirty = false;
        stopped = true;
    }

    private void save() {
        if (conflicted.get() || stopped) {
            return;
        }
        if (saving.get()) {
            saveAgain = true;
            return;
        }
        dirty = false;
        saving.set(true);
        Duration time = serviceTime.get();
        Application application = snapshot.get();
        long expected = version.get();
        BackgroundTask.wrap(() -> drafts.save(draftId, application, expected, time))
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
            LOG.warn("Draft {} was changed elsewhere; this window stops saving it: {}", draftId,
                    conflict.getMessage());
            conflicted.set(true);
            dialogs.showError(i18n.get("intake.conflict.title"),
                    i18n.get("intake.conflict.text", conflict.localizedMessage(locale())));
        } else if (error instanceof ApplicationStoreException refused) {
            // Accepted, refused or deleted meanwhile (another window): the store says which, in the clerk's language.
            LOG.warn("Draft {} can no longer be saved: {}", draftId, refused.getMessage());
            conflicted.set(true);
            dialogs.showError(i18n.get("intake.saveFailed.title"), refused.localizedMessage(locale()));
        } else {
            LOG.error("Draft {} could not be saved", draftId, error);
            dialogs.showError(i18n.get("intake.saveFailed.title"), i18n.get("intake.saveFailed.text"));
        }
    }

    private Locale locale() {
        return Locale.forLanguageTag(i18n.language().code());
    }

    private void runAfterSave() {
        List<Runnable> waiting = List.copyOf(afterSave);
        afterSave.clear();
        waiting.forEach(Runnable::run);
    }
}
