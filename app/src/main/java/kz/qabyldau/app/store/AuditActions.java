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

    /** The office's first administrator created (subject: their login). */
    public static final String FIRST_ADMINISTRATOR = "operator.firstAdministrator";
    /** An operator signed in (subject: the login). */
    public static final String SIGNED_IN = "operator.signedIn";
    /** A sign-in refused: wrong login or password (subject: the login when it exists, else empty). */
    public static final String SIGN_IN_FAILED = "operator.signInFailed";
    /** A login locked after repeated wrong passwords. */
    public static final String LOCKED_OUT = "operator.lockedOut";
    /** The right password of a blocked operator. */
    public static final String SIGN_IN_BLOCKED = "operator.signInBlocked";
    /** The right password, but the data key did not open with it. */
    public static final String SIGN_IN_KEY_NOT_OPENED = "operator.signInKeyNotOpened";
    /** An operator signed out. */
    public static final String SIGNED_OUT = "operator.signedOut";
    /** The screen locked with Ctrl+L. */
    public static final String LOCKED = "workstation.locked";
    /** The screen locked after the idle time. */
    public static final String IDLE_LOCKED = "workstation.idleLocked";
    /** The operator who locked the screen signed in again at the locked screen. */
    public static final String UNLOCKED = "workstation.unlocked";
    /** An operator changed their own password. */
    public static final String PASSWORD_CHANGED = "operator.passwordChanged";
    /** An administrator added an operator (details: the role). */
    public static final String OPERATOR_ADDED = "operator.added";
    /** An administrator reset an operator's password. */
    public static final String PASSWORD_RESET = "operator.passwordReset";
    /** An administrator blocked an operator. */
    public static final String OPERATOR_BLOCKED = "operator.blocked";
    /** An administrator unblocked an operator. */
    public static final String OPERATOR_UNBLOCKED = "operator.unblocked";
    /** An administrator's password set again with the recovery code. */
    public static final String RECOVERED = "operator.recovered";
    /** A wrong recovery code. */
    public static final String RECOVERY_FAILED = "operator.recoveryFailed";

    /** A reference-data bundle refused whole: unsigned, wrongly signed or older (details: bundle id and reason). */
    public static final String LAW_REFUSED = "law.refused";

    /** Every code this version writes, in the order the audit page lists them. */
    public static final List<String> ALL = List.of(SIGNED_IN, SIGN_IN_FAILED, LOCKED_OUT, SIGN_IN_BLOCKED,
            SIGN_IN_KEY_NOT_OPENED, SIGNED_OUT, LOCKED, IDLE_LOCKED, UNLOCKED, ACCEPTED, INTAKE_REFUSED, OVERRIDDEN,
            OPENED, SEARCHED, PRINTED, HANDED_OUT, REVOCATION_HANDED_OUT, DELETED, SETTINGS_CHANGED, EXPORTED,
            FIRST_ADMINISTRATOR, OPERATOR_ADDED, PASSWORD_RESET, OPERATOR_BLOCKED, OPERATOR_UNBLOCKED,
            PASSWORD_CHANGED, RECOVERED, RECOVERY_FAILED, GENERATED, LAW_REFUSED);

    private AuditActions() {
    }
}
