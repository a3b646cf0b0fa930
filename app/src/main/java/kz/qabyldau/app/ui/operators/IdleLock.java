package kz.qabyldau.app.ui.operators;

import java.time.Duration;
import java.util.Objects;

import javafx.animation.Animation;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;

/**
 * Locks the window after the office's idle time: any key, click or mouse movement in the window
 * starts the count again. The lock itself (save the draft, show the locked screen) is the caller's.
 *
 * <p>What counts the time is a {@link Timers}: the JavaFX animation clock in the window ({@link #fxTimers()}), a
 * clock a test moves by hand in the flows, so that no test waits ten minutes, or sleeps at all.
 */
public final class IdleLock {

    /** Counts down the idle time once started; every {@link #restart()} counts it from the beginning again. */
    public interface Timer {
        /** Counts the whole idle time from now. */
        void restart();

        /** Stops counting; nothing fires until the next {@link #restart()}. */
        void stop();

        boolean running();
    }

    /** Makes the timer that runs {@code elapsed} on the FX thread once {@code idle} has passed without a restart. */
    @FunctionalInterface
    public interface Timers {
        Timer create(Duration idle, Runnable elapsed);
    }

    private final Timer timer;

    public IdleLock(Scene scene, Duration idle, Runnable lock) {
        this(scene, idle, lock, fxTimers());
    }

    public IdleLock(Scene scene, Duration idle, Runnable lock, Timers timers) {
        Objects.requireNonNull(lock);
        timer = timers.create(idle, lock);
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (timer.running()) {
                timer.restart();
            }
        });
    }

    /** The window's timers: a {@link PauseTransition} on the JavaFX animation clock. */
    public static Timers fxTimers() {
        return (idle, elapsed) -> {
            // FQN: javafx.util.Duration clashes with java.time.Duration, which the office's setting is.
            PauseTransition pause = new PauseTransition(javafx.util.Duration.millis(idle.toMillis()));
            pause.setOnFinished(e -> elapsed.run());
            return new Timer() {
                @Override
                public void restart() {
                    pause.playFromStart();
                }

                @Override
                public void stop() {
                    pause.stop();
                }

                @Override
                public boolean running() {
                    return pause.getStatus() == Animation.Status.RUNNING;
                }
            };
        };
    }

    /** Counts from now (someone signed in). */
    public void start() {
        timer.restart();
    }

    /** Stops counting (the screen is locked already). */
    public void stop() {
        timer.stop();
    }
}
