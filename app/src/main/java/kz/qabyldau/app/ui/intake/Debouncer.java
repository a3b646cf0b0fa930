package kz.qabyldau.app.ui.intake;

import java.util.Objects;

import javafx.animation.PauseTransition;
import javafx.util.Duration;

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

    /** Waits {@code millis} on the FX thread's animation timer after the latest change. */
    static Debouncer fx(long millis) {
        PauseTransition pause = new PauseTransition(Duration.millis(millis));
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
