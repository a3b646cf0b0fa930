package kz.qabyldau.forms.verdict;

/** What the clerk may do with an application. */
public enum Outcome {
    /** Take the documents and send the application (warnings, if any, are shown and may be overridden). */
    ACCEPT,
    /** Refuse to take the documents (p.17): print the receipt of refusal; no override exists. */
    REFUSE_INTAKE,
    /** The documents are complete but the form has errors the clerk must correct before accepting. */
    CORRECT_FIELDS
}
