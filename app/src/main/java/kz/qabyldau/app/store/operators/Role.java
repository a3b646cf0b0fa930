package kz.qabyldau.app.store.operators;

import java.util.Locale;

/**
 * What an operator may do. A clerk does the desk's work (intake, drafts, handout, search); an
 * administrator also manages operators and Settings, sees the office's reports and audit, and may
 * delete any draft. Checked by {@link Operators} and the view models, not only by hidden buttons.
 */
public enum Role {
    CLERK,
    ADMINISTRATOR;

    /** The code stored in {@code operator.role} and typed on the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a stored or typed code. */
    public static Role ofCode(String code) {
        for (Role role : values()) {
            if (role.code().equals(code)) {
                return role;
            }
        }
        throw new OperatorException(OperatorException.UNKNOWN_ROLE, "not a role: " + code);
    }
}
