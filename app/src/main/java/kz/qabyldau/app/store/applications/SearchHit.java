package kz.qabyldau.app.store.applications;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/**
 * One line of the office search's results: enough to tell applications apart without opening them.
 *
 * @param applicantName surname, given names and patronymic as typed ('' while a draft has none)
 * @param clerk         who started it
 * @param finishedBy    who accepted or refused it at intake
 * @param handedOutBy   who handed the decision out
 */
public record SearchHit(UUID id, String service, ApplicationStatus status, String applicantName, String ticket,
                        Optional<String> reference, Optional<String> permitNumber, Instant startedAt,
                        Instant updatedAt, Optional<Instant> finishedAt, Optional<Instant> decidedAt,
                        Optional<Instant> handedOutAt, String clerk, Optional<String> finishedBy,
                        Optional<String> handedOutBy) {
}
