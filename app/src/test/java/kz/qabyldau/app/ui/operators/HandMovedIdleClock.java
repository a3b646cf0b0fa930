package kz.qabyldau.app.ui.operators;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The idle time counted by a clock the test moves ({@link #advance}), so that a flow reaches the idle lock without
 * waiting or sleeping: a timer fires once the clock has moved its whole idle time past its last restart.
 */
public final class HandMovedIdleClock implements IdleLock.Timers {

    private final List<HandTimer> timers = new ArrayList<>();
    private Duration now = Duration.ZERO;

    @Override
    public synchronized IdleLock.Timer create(Duration idle, Runnable elapsed) {
        HandTimer timer = new HandTimer(idle, elapsed);
        timers.add(timer);
        return timer;
    }

    /** Moves the clock on; call it on the FX thread (the lock runs there, as the animation clock runs it). */
    public void advance(Duration by) {
        List<HandTimer> due = new ArrayList<>();
        synchronized (this) {
            now = now.plus(by);
            for (HandTimer t : timers) {
                if (t.running && now.compareTo(t.startedAt.plus(t.idle)) >= 0) {
                    t.running = false;
                    due.add(t);
                }
            }
        }
        due.forEach(t -> t.elapsed.run());
    }

    private final class HandTimer implements IdleLock.Timer {
        private final Duration idle;
        private final Runnable elapsed;
        private Duration startedAt = Duration.ZERO;
        private boolean running;

        HandTimer(Duration idle, Runnable elapsed) {
            this.idle = idle;
            this.elapsed = elapsed;
        }

        @Override
        public void restart() {
            synchronized (HandMovedIdleClock.this) {
                startedAt = now;
                running = true;
            }
        }

        @Override
        public void stop() {
            synchronized (HandMovedIdleClock.this) {
                running = false;
            }
        }

        @Override
        public boolean running() {
            synchronized (HandMovedIdleClock.this) {
                return running;
            }
        }
    }
}
