package kz.qabyldau.app.settings;

import java.util.Optional;

/**
 * What this one workstation remembers that is not the office's settings: the printer and tray it
 * prints on, and the like. Kept in the workstation's own database beside the settings; blocking.
 */
public interface WorkstationPreferences {

    Optional<String> preference(String key);

    /** Saves a preference; an empty value forgets it. */
    void savePreference(String key, String value);
}
