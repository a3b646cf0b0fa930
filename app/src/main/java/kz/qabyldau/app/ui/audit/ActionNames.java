package kz.qabyldau.app.ui.audit;

import java.util.Map;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.store.AuditActions;

/**
 * The words the audit page shows for each action code, never the code itself: a code this version does not
 * know (written by a newer one) is shown as "another action".
 */
public final class ActionNames {

    private static final Map<String, String> KEYS = Map.ofEntries(
            Map.entry(AuditActions.SIGNED_IN, "audit.action.signedIn"),
            Map.entry(AuditActions.SIGN_IN_FAILED, "audit.action.signInFailed"),
            Map.entry(AuditActions.LOCKED_OUT, "audit.action.lockedOut"),
            Map.entry(AuditActions.SIGN_IN_BLOCKED, "audit.action.signInBlocked"),
            Map.entry(AuditActions.SIGN_IN_KEY_NOT_OPENED, "audit.action.signInKeyNotOpened"),
            Map.entry(AuditActions.SIGNED_OUT, "audit.action.signedOut"),
            Map.entry(AuditActions.LOCKED, "audit.action.locked"),
            Map.entry(AuditActions.IDLE_LOCKED, "audit.action.idleLocked"),
            Map.entry(AuditActions.UNLOCKED, "audit.action.unlocked"),
            Map.entry(AuditActions.ACCEPTED, "audit.action.accepted"),
            Map.entry(AuditActions.INTAKE_REFUSED, "audit.action.intakeRefused"),
            Map.entry(AuditActions.OVERRIDDEN, "audit.action.overridden"),
            Map.entry(AuditActions.OPENED, "audit.action.opened"),
            Map.entry(AuditActions.SEARCHED, "audit.action.searched"),
            Map.entry(AuditActions.PRINTED, "audit.action.printed"),
            Map.entry(AuditActions.HANDED_OUT, "audit.action.handedOut"),
            Map.entry(AuditActions.REVOCATION_HANDED_OUT, "audit.action.revocationHandedOut"),
            Map.entry(AuditActions.DELETED, "audit.action.deleted"),
            Map.entry(AuditActions.SETTINGS_CHANGED, "audit.action.settingsChanged"),
            Map.entry(AuditActions.EXPORTED, "audit.action.exported"),
            Map.entry(AuditActions.FIRST_ADMINISTRATOR, "audit.action.firstAdministrator"),
            Map.entry(AuditActions.OPERATOR_ADDED, "audit.action.operatorAdded"),
            Map.entry(AuditActions.PASSWORD_RESET, "audit.action.passwordReset"),
            Map.entry(AuditActions.OPERATOR_BLOCKED, "audit.action.operatorBlocked"),
            Map.entry(AuditActions.OPERATOR_UNBLOCKED, "audit.action.operatorUnblocked"),
            Map.entry(AuditActions.PASSWORD_CHANGED, "audit.action.passwordChanged"),
            Map.entry(AuditActions.RECOVERED, "audit.action.recovered"),
            Map.entry(AuditActions.RECOVERY_FAILED, "audit.action.recoveryFailed"),
            Map.entry(AuditActions.LAW_REFUSED, "audit.action.lawRefused"),
            Map.entry(AuditActions.GENERATED, "audit.action.generated"));

    private ActionNames() {
    }

    /** The action in the reader's language. */
    public static String of(I18n i18n, String code) {
        String key = KEYS.get(code);
        return key == null ? i18n.get("audit.action.other") : i18n.get(key);
    }

    /** Whether {@code code} has its own words. */
    static boolean named(String code) {
        return KEYS.containsKey(code);
    }
}
