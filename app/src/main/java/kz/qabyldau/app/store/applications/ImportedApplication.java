package kz.qabyldau.app.store.applications;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.verdict.Verdict;

/**
 * One application written whole by {@link BulkImport}, in any state, with what the desk, the sync and the
 * handout would have recorded on the way there. Made by the synthetic data generator (never by the desk).
 *
 * @param verdict      the law core's verdict it was accepted or refused on (empty for a draft or deleted one)
 * @param finishedAt   when it was accepted or refused at intake
 * @param reference    the central service's reference (from SUBMITTED on)
 * @param decisionJson the central service's decision (ISSUED, REFUSED, HANDED_OUT)
 * @param permitNumber the number issued (ISSUED, HANDED_OUT of a permit)
 */
public record ImportedApplication(UUID id, ApplicationStatus status, Application application, String ticket,
                                  String clerk, Instant startedAt, Instant updatedAt, Optional<Verdict> verdict,
                                  Optional<Instant> finishedAt, Optional<String> reference,
                                  Optional<String> decisionJson, Optional<String> permitNumber,
                                  Optional<Instant> decidedAt, Optional<Instant> handedOutAt) {

    public ImportedApplication {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(clerk, "clerk");
        Objects.requireNonNull(startedAt, "startedAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (!id.toString().equals(application.id())) {
            throw new IllegalArgumentException("application " + application.id() + " imported as " + id);
        }
        if (status.accepted() || status == ApplicationStatus.INTAKE_REFUSED) {
            if (verdict.isEmpty() || finishedAt.isEmpty()) {
                throw new IllegalArgumentException(status + " needs the verdict and the time it was finished");
            }
        }
    }
}
