package kz.qabyldau.app.store.operators;

/**
 * An operator action that cannot be done as asked: a taken login, a short password, an unknown
 * operator. {@link #messageKey()} is the UI text telling the operator why (bundle {@code ui}).
 */
public class OperatorException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public static final String INVALID_LOGIN = "operators.error.invalidLogin";
    public static final String LOGIN_TAKEN = "operators.error.loginTaken";
    public static final String NAME_MISSING = "operators.error.nameMissing";
    public static final String PASSWORD_TOO_SHORT = "operators.error.passwordTooShort";
    public static final String UNKNOWN_OPERATOR = "operators.error.unknownOperator";
    public static final String UNKNOWN_ROLE = "operators.error.unknownRole";
    public static final String LAST_ADMINISTRATOR = "operators.error.lastAdministrator";
    public static final String NOT_SIGNED_IN = "operators.error.notSignedIn";
    public static final String WRONG_PASSWORD = "operators.error.wrongPassword";
    public static final String ALREADY_SET_UP = "operators.error.alreadySetUp";
    public static final String NOT_ADMINISTRATOR = "operators.error.notAdministrator";

    private final String messageKey;

    public OperatorException(String messageKey, String message) {
        super(message);
        this.messageKey = messageKey;
    }

    /** The key of the operator's message in the {@code ui} bundle. */
    public String messageKey() {
        return messageKey;
    }
}
