package kz.qabyldau.app.ui.operators;

import java.time.Duration;
import java.util.Objects;

import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.animation.Animation;

/**
 * Locks the window after the office's idle time: any key, click or mouse movement in the window
 * starts the count again. The lock itself (save the draft, show the locked screen) is the caller's.
 */
public final class IdleLock {

    private final PauseTransition timer;

    public IdleLock(Scene scene, Duration idle, Runnable lock) {
        Objects.requireNonNull(lock);
        // FQN: java.time.Duration is the idle time's type here
        timer = new PauseTransition(javafx.util.Duration.millis(idle.toMillis()));
        timer.setOnFinished(e -> lock.run());
        scene.addEventFilter(InputEvent.ANY, e -> {
            if (timer.getStatus() == Animation.Status.RUNNING) {
                timer.playFromStart();
            }
        });
    }

    /** Counts from now (someone signed in). */
    public void start() {
        timer.playFromStart();
    }

    /** Stops counting (the screen is locked already). */
    public void stop() {
        timer.stop();
    }
}
