package kz.qabyldau.app.store.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the drafts view.
 *
 * @param applicantName  surname, given names and patronymic as typed ('' if not yet)
 * @param passportNumber upper case, without spaces ('' if not yet)
 * @param savedBy        the clerk who saved the last change
 */
public record DraftSummary(UUID id, String service, String applicantName, String passportNumber, String iin,
                           String ticket, Instant startedAt, Instant updatedAt, String clerk, String savedBy,
                           long version) {
}
