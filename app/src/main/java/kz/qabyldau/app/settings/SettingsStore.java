package kz.qabyldau.app.settings;

/**
 * Reads and writes the workstation's settings. Implemented by the SQLite store; blocking, so
 * callers on the FX thread go through a background task.
 */
public interface SettingsStore {

    /** The saved settings, or {@link OfficeSettings#unconfigured()} on a new workstation. */
    OfficeSettings load();

    /** Saves all settings in one transaction. */
    void save(OfficeSettings settings);
}
