package kz.qabyldau.app.store.keys;

import java.util.Optional;

/**
 * The keeper of the office's data key, as sign-in sees it. The operators' service calls it at the
 * moments that change who can open the office's personal data: the first administrator, a new or
 * reset password, a sign-in, a blocked or removed operator, a recovery.
 *
 * <p>Like a disk-encryption tool: one random data key, stored only wrapped, once per operator
 * (under a key derived from that operator's password) and once under the recovery code shown at
 * set-up. Changing a password re-wraps the key and never re-encrypts the data. A database without
 * personal data at rest protection (the training database: no real people) uses {@link #NONE}.
 *
 * <p>Passwords and codes are {@code char[]} so that callers can wipe them after the call; an
 * implementation never keeps, logs or writes them.
 */
public interface OperatorKeys {

    /** For a database that keeps no key (training): every call succeeds and nothing is wrapped. */
    OperatorKeys NONE = new OperatorKeys() {
        @Override
        public Optional<char[]> establish(String login, char[] password) {
            return Optional.empty();
        }

        @Override
        public void grant(String login, char[] password) {
            // nothing is encrypted, nothing to wrap
        }

        @Override
        public boolean open(String login, char[] password) {
            return true;
        }

        @Override
        public void revoke(String login) {
            // nothing was wrapped
        }

        @Override
        public boolean recover(String login, char[] recoveryCode, char[] newPassword) {
            return false;
        }
    };

    /**
     * The first administrator of a new office database: makes the data key, wraps it for this
     * operator and for a new recovery code, opens it, and returns the recovery code to be shown
     * once (empty when this database keeps no key).
     */
    Optional<char[]> establish(String login, char[] password);

    /**
     * Wraps the open data key for {@code login} under {@code password}: a new operator, a reset or
     * a changed password (replacing that login's previous wrap). Needs the key open, that is an
     * operator signed in on this workstation.
     *
     * @throws IllegalStateException when the data key is not open
     */
    void grant(String login, char[] password);

    /** Unwraps and opens the data key with this operator's password; false when it opens nothing. */
    boolean open(String login, char[] password);

    /** Removes the wrap of {@code login}: that password no longer opens anything. */
    void revoke(String login);

    /**
     * Opens the data key with the recovery code and wraps it for {@code login} under
     * {@code newPassword}; false (and nothing changed) when the code opens nothing.
     */
    boolean recover(String login, char[] recoveryCode, char[] newPassword);
}
