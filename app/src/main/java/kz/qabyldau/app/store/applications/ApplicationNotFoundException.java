package kz.qabyldau.app.store.applications;

import java.util.UUID;

/** No application with this id on this workstation. */
public final class ApplicationNotFoundException extends ApplicationStoreException {

    private static final long serialVersionUID = 1L;

    /** {0} the application id. */
    public static final String KEY = "applications.notFound";

    private final UUID applicationId;

    public ApplicationNotFoundException(UUID applicationId) {
        super(KEY, applicationId.toString());
        this.applicationId = applicationId;
    }

    public UUID applicationId() {
        return applicationId;
    }
}
