package kz.qabyldau.app.ui.common;

import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.settings.OfficeSettings;

/**
 * Whether this run of the workstation works for a real office or for practice, and why. Decided
 * once at start-up: the database in use cannot change under an open window.
 */
public enum WorkMode {
    /** A configured office, real applications. */
    OFFICE,
    /** Practice because the clerk asked for it with {@code --training}. */
    TRAINING_REQUESTED,
    /** Practice because no office is configured yet (the first start). */
    TRAINING_NOT_CONFIGURED;

    public static WorkMode decide(LaunchOptions options, OfficeSettings settings) {
        if (options.training()) {
            return TRAINING_REQUESTED;
        }
        return settings.isOfficeConfigured() ? OFFICE : TRAINING_NOT_CONFIGURED;
    }

    public boolean isTraining() {
        return this != OFFICE;
    }
}
