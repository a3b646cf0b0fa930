package kz.qabyldau.app.central;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * Test control: which fault, if any, the next {@code /sync/1/} request gets. Either a script (this mode for the next
 * N requests, or until cleared) or a random mix drawn with a fixed seed, so a failing mixed run can be replayed.
 * Thread-safe.
 */
public final class Faults {

    private final Deque<FaultMode> script = new ArrayDeque<>();
    private FaultMode always;
    private Random random;
    private double rate;
    private List<FaultMode> mix = List.of();

    /** The next {@code count} requests get {@code mode}. */
    public synchronized void next(FaultMode mode, int count) {
        clear();
        for (int i = 0; i < count; i++) {
            script.add(mode);
        }
    }

    /** Every request gets {@code mode} until {@link #clear()}. */
    public synchronized void always(FaultMode mode) {
        clear();
        always = mode;
    }

    /** Each request gets one of {@code modes} with probability {@code rate}, drawn from {@code seed}. */
    public synchronized void random(double rate, long seed, List<FaultMode> modes) {
        if (rate < 0 || rate > 1 || modes.isEmpty()) {
            throw new IllegalArgumentException("a random fault mix needs 0 <= rate <= 1 and at least one mode");
        }
        clear();
        this.rate = rate;
        this.random = new Random(seed);
        this.mix = List.copyOf(modes);
    }

    /** No more faults. */
    public synchronized void clear() {
        script.clear();
        always = null;
        random = null;
        mix = List.of();
    }

    /** The fault for the request being handled now, if any (consumes one scripted fault). */
    synchronized Optional<FaultMode> draw() {
        if (!script.isEmpty()) {
            return Optional.of(script.removeFirst());
        }
        if (always != null) {
            return Optional.of(always);
        }
        if (random != null && random.nextDouble() < rate) {
            return Optional.of(mix.get(random.nextInt(mix.size())));
        }
        return Optional.empty();
    }
}
