package kz.qabyldau.app.store;

import java.util.List;

/**
 * The stable codes of {@code audit_log.action}: what the audit page filters by and names in the reader's
 * language ({@code audit.action.<code>} in the ui bundle). A code is never renamed: old entries keep it.
 */
public final class AuditActions {

    /** An application accepted at intake (details: service and permit or registration numbers). */
    public static final String ACCEPTED = "application.accepted";
    /** A warning the clerk overrode at acceptance. */
    public static final String OVERRIDDEN = "warning.overridden";
    /** Intake refused (p.17; details: the receipt's grounds). */
    public static final String INTAKE_REFUSED = "application.intakeRefused";
    /** A decision handed to the applicant (details: who received it, name and identity document). */
    public static final String HANDED_OUT = "application.handedOut";
    /** A revocation notice (App. 8) handed out (details: who received it). */
    public static final String REVOCATION_HANDED_OUT = "revocation.handedOut";
    /** A draft deleted (details: the reason). */
    public static final String DELETED = "draft.deleted";
    /** Settings changed (details: the names of the changed settings, never their values). */
    public static final String SETTINGS_CHANGED = "settings.changed";
    /** A draft or a record opened (subject: the application). */
    public static final String OPENED = "application.opened";
    /** A search over personal data (details: where, and what was typed). */
    public static final String SEARCHED = "search";
    /** A form printed, or saved and opened when no printer took it (details: the form). */
    public static final String PRINTED = "form.printed";
    /** Data exported from the workstation (details: what, how many rows). */
    public static final String EXPORTED = "export";
    /** Made-up applications generated into the database ({@code qabyldau generate}; details: how many, seed). */
    public static final String GENERATED = "synthetic.generated";

    /** Every code this version writes, in the order the audit page lists them. */
    public static final List<String> ALL = List.of(ACCEPTED, INTAKE_REFUSED, OVERRIDDEN, OPENED, SEARCHED, PRINTED,
            HANDED_OUT, REVOCATION_HANDED_OUT, DELETED, SETTINGS_CHANGED, EXPORTED, GENERATED);

    private AuditActions() {
    }
}
