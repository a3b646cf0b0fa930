package kz.qabyldau.app.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Holds tasks until the test runs them, to check what happens while work is still under way
 * (a second click during a save). Runs them on the calling thread, in order.
 */
public final class QueuedTaskExecutor implements TaskExecutor {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        queue.add(() -> task.report(task.call()));
    }

    public int pending() {
        return queue.size();
    }

    /** Runs the oldest queued task (with its callbacks). */
    public void runOne() {
        queue.remove().run();
    }

    /** Runs every queued task, including those queued by the callbacks of earlier ones. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }
}
