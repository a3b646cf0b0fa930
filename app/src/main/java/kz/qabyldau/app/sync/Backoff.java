package kz.qabyldau.app.sync;

import java.time.Duration;
import java.util.Random;

/**
 * Exponential backoff with "equal jitter": the n-th retry waits between half and all of
 * {@code base × 2^(n-1)} (capped), so workstations that lost the network together do not all come back in
 * the same second.
 */
public final class Backoff {

    private final Duration base;
    private final Duration max;
    private final Random random;

    public Backoff(Duration base, Duration max, long seed) {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0) {
            throw new IllegalArgumentException("0 < base <= max");
        }
        this.base = base;
        this.max = max;
        this.random = new Random(seed);
    }

    /** 2 s doubling up to 5 minutes. */
    public static Backoff standard() {
        return new Backoff(Duration.ofSeconds(2), Duration.ofMinutes(5), System.nanoTime());
    }

    /** The wait before retry number {@code attempt} (1 = the first retry). */
    public synchronized Duration delay(int attempt) {
        int shift = Math.min(Math.max(attempt, 1) - 1, 30);
        long full = Math.min(max.toMillis(), base.toMillis() << shift);
        if (full <= 0) {
            full = max.toMillis();
        }
        long half = full / 2;
        return Duration.ofMillis(half + (long) (random.nextDouble() * (full - half + 1)));
    }
}
