package kz.qabyldau.app.ui.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import javafx.animation.PauseTransition;

/**
 * Runs an action once a burst of changes has settled, so a draft is saved after the clerk pauses rather than on
 * every keystroke. Tests use {@link #immediate()}, which runs the action at once.
 */
public interface Debouncer {

    /** Runs {@code action} after the quiet period, replacing any action still waiting. */
    void schedule(Runnable action);

    /** Forgets the waiting action, if any. */
    void cancel();

    /** No waiting: every scheduled action runs at once, on the calling thread. */
    static Debouncer immediate() {
        return new Debouncer() {
            @Override
            public void schedule(Runnable action) {
                action.run();
            }

            @Override
            public void cancel() {
                // Nothing ever waits.
            }
        };
    }

    /**
     * This debouncer with a ceiling on the wait: while changes keep coming without a pause, the action still runs
     * once {@code maxWait} has passed since the first change it has not yet run for — so a clerk typing across
     * several fields without pausing saves every ~{@code maxWait}, and a kill loses at most that much typing.
     * The deadline is checked when a change is scheduled (continuous typing schedules one per keystroke), by
     * {@code clock}, so tests drive it with a fixed clock and no timers.
     */
    static Debouncer withMaxWait(Debouncer quiet, Duration maxWait, Clock clock) {
        Objects.requireNonNull(quiet);
        Objects.requireNonNull(maxWait);
        Objects.requireNonNull(clock);
        return new Debouncer() {
            /** When the first change still waiting for its action came; null when nothing waits. */
            private Instant waitingSince;

            @Override
            public void schedule(Runnable action) {
                Objects.requireNonNull(action);
                Instant now = clock.instant();
                if (waitingSince == null) {
                    waitingSince = now;
                }
                if (!now.isBefore(waitingSince.plus(maxWait))) {
                    cancel();
                    action.run();
                    return;
                }
                quiet.schedule(() -> {
                    waitingSince = null;
                    action.run();
                });
            }

            @Override
            public void cancel() {
                waitingSince = null;
                quiet.cancel();
            }
        };
    }

    /** Waits {@code millis} on the FX thread's animation timer after the latest change. */
    static Debouncer fx(long millis) {
        // FQN: java.time.Duration is the delay's type here
        PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(millis));
        return new Debouncer() {
            @Override
            public void schedule(Runnable action) {
                Objects.requireNonNull(action);
                pause.setOnFinished(e -> action.run());
                pause.playFromStart();
            }

            @Override
            public void cancel() {
                pause.stop();
            }
        };
    }
}
