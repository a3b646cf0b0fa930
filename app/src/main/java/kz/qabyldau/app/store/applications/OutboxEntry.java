package kz.qabyldau.app.store.applications;

import java.time.Instant;
import java.util.UUID;

/**
 * Something to send to the central service, in acceptance order ({@code seq}).
 *
 * @param kind          what the payload is: {@value Outbox#KIND_APPLICATION} for an accepted application
 * @param payloadJson   the document to push ({@code docs/storage.md}, "Outbox payload")
 * @param attempts      how many attempts were made (successful or not)
 * @param nextAttemptAt when the sync worker may try again (null: at once)
 * @param lastError     the last failure, for the log and the outbox view (null if none)
 */
public record OutboxEntry(long seq, UUID applicationId, String kind, String payloadJson, int attempts,
                          Instant nextAttemptAt, String lastError, OutboxState state) {
}
