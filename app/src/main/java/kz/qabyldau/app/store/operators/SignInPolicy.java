package kz.qabyldau.app.store.operators;

import java.time.Duration;

/**
 * The office's rules for passwords and sign-in.
 *
 * @param minimumPasswordLength fewer characters are refused (for a new, reset or changed password)
 * @param failuresBeforeLock    wrong passwords in a row that lock a login
 * @param lockFor               how long such a login stays locked
 */
public record SignInPolicy(int minimumPasswordLength, int failuresBeforeLock, Duration lockFor) {

    /** 10 characters, 5 failures, 15 minutes. */
    public static final SignInPolicy OFFICE = new SignInPolicy(10, 5, Duration.ofMinutes(15));

    public SignInPolicy {
        if (minimumPasswordLength < 1 || failuresBeforeLock < 1 || lockFor.isNegative() || lockFor.isZero()) {
            throw new IllegalArgumentException("not a sign-in policy");
        }
    }

    /** The same rules with another lock time (the office's setting). */
    public SignInPolicy withLockFor(Duration duration) {
        return new SignInPolicy(minimumPasswordLength, failuresBeforeLock, duration);
    }
}
