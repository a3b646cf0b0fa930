package kz.qabyldau.app.store.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * The result of {@link Intake#accept}: the same for a repeated accept of the same application.
 *
 * @param version    the frozen version of the application
 * @param acceptedAt when it was accepted (UTC)
 * @param acceptedBy the clerk who accepted it
 * @param outboxSeq  its entry in the outbox
 */
public record AcceptedApplication(UUID id, long version, Instant acceptedAt, String acceptedBy, long outboxSeq) {
}
