package kz.qabyldau.app.store.operators;

import java.time.Instant;
import java.util.Optional;

/**
 * What a sign-in came to. {@link Outcome#WRONG} is the same for an unknown login and a wrong
 * password, and {@link Outcome#LOCKED} comes for unknown logins too: the screen never tells
 * whether a login exists.
 *
 * @param outcome     what happened
 * @param operator    who signed in ({@link Outcome#SIGNED_IN}, {@link Outcome#MUST_CHANGE_PASSWORD})
 * @param lockedUntil when a {@link Outcome#LOCKED} login may try again
 */
public record SignInResult(Outcome outcome, Optional<Operator> operator, Optional<Instant> lockedUntil) {

    /** What a sign-in came to. */
    public enum Outcome {
        /** Signed in; the data key is open. */
        SIGNED_IN,
        /** Signed in with a password an administrator set; a new one must be chosen before working. */
        MUST_CHANGE_PASSWORD,
        /** Unknown login or wrong password: nothing opened. */
        WRONG,
        /** Too many wrong passwords: no password is checked before {@code lockedUntil}. */
        LOCKED,
        /** The right password of a blocked operator: an administrator must unblock them. */
        BLOCKED,
        /** The right password, but this database's data key does not open with it (ask an administrator). */
        KEY_NOT_OPENED
    }

    static SignInResult of(Outcome outcome) {
        return new SignInResult(outcome, Optional.empty(), Optional.empty());
    }

    static SignInResult signedIn(Operator operator) {
        return new SignInResult(operator.mustChangePassword() ? Outcome.MUST_CHANGE_PASSWORD : Outcome.SIGNED_IN,
                Optional.of(operator), Optional.empty());
    }

    static SignInResult locked(Instant until) {
        return new SignInResult(Outcome.LOCKED, Optional.empty(), Optional.of(until));
    }

    /** Whether someone is now signed in (also when they must change their password first). */
    public boolean signedIn() {
        return operator.isPresent();
    }
}
