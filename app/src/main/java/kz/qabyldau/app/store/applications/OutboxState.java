package kz.qabyldau.app.store.applications;

/** Where an outbox entry stands. Nothing leaves the outbox before the central service acknowledged it. */
public enum OutboxState {
    /** Not yet tried. */
    PENDING,
    /** Acknowledged by the central service (kept, with its server reference). */
    SENT,
    /** The last attempt failed; it will be retried at {@code nextAttemptAt}. */
    FAILED
}
