package kz.qabyldau.app.store.applications;

/** What a search query was taken for ({@link Search#find}). */
public enum SearchKind {
    /** Nothing to search: blank, or no letter or digit. */
    NONE,
    /** A prefix of the applicant's surname or given names (each word), Cyrillic or Latin, any case. */
    NAME,
    /** Twelve digits: the applicant's or the employer's IIN. */
    IIN,
    /** A permit or certificate number (issued, or the earlier one an extension names). */
    PERMIT,
    /** The applicant's passport or identity document number. */
    PASSPORT,
    /** The central service's reference of a submitted application. */
    REFERENCE,
    /** The electronic queue's ticket. */
    TICKET
}
