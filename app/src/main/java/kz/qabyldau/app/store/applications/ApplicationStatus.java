package kz.qabyldau.app.store.applications;

/**
 * Where an application is in its life cycle (docs/architecture.md):
 * <pre>
 * DRAFT ──accept──▶ QUEUED ──sent──▶ SUBMITTED ──decision──▶ ISSUED ──▶ HANDED_OUT
 *   │                                              └──────▶ REFUSED ──▶ HANDED_OUT
 *   ├──refuse intake──▶ INTAKE_REFUSED
 *   └──delete──▶ DELETED
 * </pre>
 * Only a {@link #DRAFT} may be edited; everything after it is frozen.
 */
public enum ApplicationStatus {
    /** Being typed; saved on every change. */
    DRAFT,
    /** Accepted at the desk; its outbox entry waits for the central service. */
    QUEUED,
    /** The central service acknowledged it (server reference known). */
    SUBMITTED,
    /** The permit or certificate was issued. */
    ISSUED,
    /** The provider refused. */
    REFUSED,
    /** Refused at the desk (p.17): the receipt was printed; kept for the record. */
    INTAKE_REFUSED,
    /** The decision was handed to the applicant. */
    HANDED_OUT,
    /** A draft the clerk deleted (never removed from the database; recorded in the audit log). */
    DELETED;

    /** Whether the clerk may still change it. */
    public boolean editable() {
        return this == DRAFT;
    }

    /** Whether it was accepted at the desk (it is, or was, in the outbox). */
    public boolean accepted() {
        return this == QUEUED || this == SUBMITTED || this == ISSUED || this == REFUSED || this == HANDED_OUT;
    }
}
