package kz.qabyldau.app.store.applications;

import java.util.UUID;

/**
 * The application is no longer a draft (accepted, refused at intake or deleted — perhaps in
 * another window), so it cannot be changed, accepted or refused again.
 */
public final class NotEditableException extends ApplicationStoreException {

    private static final long serialVersionUID = 1L;

    /** No arguments: the clerk reopens it from the list to see what became of it. */
    public static final String KEY = "applications.draft.notEditable";

    private final UUID applicationId;
    private final ApplicationStatus status;

    public NotEditableException(UUID applicationId, ApplicationStatus status) {
        super(KEY);
        this.applicationId = applicationId;
        this.status = status;
    }

    public UUID applicationId() {
        return applicationId;
    }

    public ApplicationStatus status() {
        return status;
    }
}
