package kz.qabyldau.app.store.applications;

import java.time.Instant;
import java.util.UUID;
import java.util.Date;

/**
 * A save based on a version that is no longer the newest: another window or workstation saved the
 * draft in between. The newer version is kept untouched; the clerk reloads it (or copies what they
 * typed) instead of overwriting it silently.
 */
public final class DraftConflictException extends ApplicationStoreException {

    private static final long serialVersionUID = 1L;

    /** {0} who saved the newer version, {1} on which workstation (first 8 characters of its id), {2} when. */
    public static final String KEY = "applications.draft.conflict";

    private final UUID applicationId;
    private final long expectedVersion;
    private final long currentVersion;
    private final String savedBy;
    private final String savedOnWorkstation;
    private final transient Instant savedAt;

    public DraftConflictException(UUID applicationId, long expectedVersion, long currentVersion, String savedBy,
                                  String savedOnWorkstation, Instant savedAt) {
        super(KEY, savedBy, shortId(savedOnWorkstation), Date.from(savedAt));
        this.applicationId = applicationId;
        this.expectedVersion = expectedVersion;
        this.currentVersion = currentVersion;
        this.savedBy = savedBy;
        this.savedOnWorkstation = savedOnWorkstation;
        this.savedAt = savedAt;
    }

    /** The first 8 characters of a workstation's UUID: enough to tell two desks apart when reading. */
    private static String shortId(String workstation) {
        return workstation.length() > 8 ? workstation.substring(0, 8) : workstation;
    }

    public UUID applicationId() {
        return applicationId;
    }

    /** The version the caller based its change on. */
    public long expectedVersion() {
        return expectedVersion;
    }

    /** The newer version in the database. */
    public long currentVersion() {
        return currentVersion;
    }

    /** The clerk who saved the newer version. */
    public String savedBy() {
        return savedBy;
    }

    /** The workstation the newer version was saved on. */
    public String savedOnWorkstation() {
        return savedOnWorkstation;
    }

    /** When the newer version was saved. */
    public Instant savedAt() {
        return savedAt;
    }
}
