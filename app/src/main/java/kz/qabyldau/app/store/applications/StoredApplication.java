package kz.qabyldau.app.store.applications;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import kz.qabyldau.forms.application.Application;

/**
 * An application as the workstation keeps it: the shared-format {@link Application} plus the
 * desk's bookkeeping.
 *
 * @param version       +1 on every change; pass it back to {@link Drafts#save} (optimistic locking)
 * @param serviceTime   the service timer (the standard allows 20 minutes)
 * @param clerk         who started the application
 * @param savedBy       who saved the current version
 * @param workstationId where the current version was saved
 * @param verdictJson   the frozen verdict ({@code qabyldau.verdict/1}) once accepted or refused at intake
 * @param finishedAt    when it was accepted or refused at intake
 * @param finishedBy    who accepted or refused it
 */
public record StoredApplication(UUID id, String service, ApplicationStatus status, Application application,
                                String ticket, String clerk, Instant startedAt, Instant updatedAt, long version,
                                Duration serviceTime, String workstationId, boolean training, String savedBy,
                                Optional<String> verdictJson, Optional<Instant> finishedAt,
                                Optional<String> finishedBy, Optional<String> serverReference,
                                Optional<String> permitNumber) {

    public StoredApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(application, "application");
        verdictJson = verdictJson == null ? Optional.empty() : verdictJson;
        finishedAt = finishedAt == null ? Optional.empty() : finishedAt;
        finishedBy = finishedBy == null ? Optional.empty() : finishedBy;
        serverReference = serverReference == null ? Optional.empty() : serverReference;
        permitNumber = permitNumber == null ? Optional.empty() : permitNumber;
    }

    /** The applicant's name as typed: surname, given names, patronymic ({@code ""} while a draft has none). */
    public String applicantName() {
        return ApplicationRows.applicantName(application);
    }

    /** When it was accepted (status QUEUED and later), else empty. */
    public Optional<Instant> acceptedAt() {
        return status.accepted() ? finishedAt : Optional.empty();
    }
}
