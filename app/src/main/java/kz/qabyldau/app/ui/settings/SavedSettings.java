package kz.qabyldau.app.ui.settings;

import java.util.Objects;
import java.util.function.Consumer;

import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;

import kz.qabyldau.app.i18n.Language;
import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.settings.SettingsStore;
import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.TaskExecutor;

/**
 * The settings as last saved, shared by the header and the Settings page, and the one way to
 * change them. Saves run off the FX thread; {@link #current()} changes only once a save has
 * reached the database, so the header never shows what was not stored.
 */
public final class SavedSettings {

    private final SettingsStore store;
    private final TaskExecutor executor;
    private final ReadOnlyObjectWrapper<OfficeSettings> current;
    /**
     * The newest settings asked for, possibly still being written. A language switch made while
     * a Settings save is under way builds on this, so it cannot write back the older values.
     */
    private OfficeSettings requested;

    public SavedSettings(SettingsStore store, TaskExecutor executor, OfficeSettings loaded) {
        this.store = Objects.requireNonNull(store);
        this.executor = Objects.requireNonNull(executor);
        this.current = new ReadOnlyObjectWrapper<>(this, "current", loaded);
        this.requested = loaded;
    }

    public ReadOnlyObjectProperty<OfficeSettings> currentProperty() {
        return current.getReadOnlyProperty();
    }

    public OfficeSettings current() {
        return current.get();
    }

    /** Saves the settings in the background; exactly one of the callbacks runs afterwards. */
    public void save(OfficeSettings settings, Runnable onSaved, Consumer<Exception> onFailed) {
        requested = settings;
        BackgroundTask.wrap(() -> {
                    store.save(settings);
                    return settings;
                })
                .onSuccess(saved -> {
                    current.set(saved);
                    onSaved.run();
                })
                .onFailure(error -> {
                    requested = current.get();
                    onFailed.accept(error);
                })
                .executeWith(executor);
    }

    /** Remembers a new interface language, keeping every other setting as it is. */
    public void saveLanguage(Language language, Consumer<Exception> onFailed) {
        save(requested.withLanguage(language.code()), () -> { }, onFailed);
    }
}
