package kz.qabyldau.app.ui;

import java.util.ArrayList;
import java.util.List;

import kz.qabyldau.app.settings.OfficeSettings;
import kz.qabyldau.app.settings.SettingsStore;

/** A {@link SettingsStore} in memory that records every save and can be told to fail. */
public final class InMemorySettingsStore implements SettingsStore {

    private OfficeSettings stored;
    private final List<OfficeSettings> saves = new ArrayList<>();
    private boolean failing;

    public InMemorySettingsStore(OfficeSettings initial) {
        this.stored = initial;
    }

    @Override
    public OfficeSettings load() {
        return stored;
    }

    @Override
    public void save(OfficeSettings settings) {
        if (failing) {
            throw new IllegalStateException("disk full (test)");
        }
        saves.add(settings);
        stored = settings;
    }

    /** Makes every following save throw. */
    public void failSaves() {
        failing = true;
    }

    public List<OfficeSettings> saves() {
        return List.copyOf(saves);
    }
}
