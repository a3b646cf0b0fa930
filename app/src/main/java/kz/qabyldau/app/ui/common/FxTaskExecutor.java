package kz.qabyldau.app.ui.common;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import javafx.application.Platform;

/**
 * The workstation's executor: one background thread (SQLite serialises writers anyway, and one
 * thread keeps the order of saves the order of clicks), results reported on the FX thread.
 */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread t = new Thread(runnable, "qabyldau-worker-" + THREADS.incrementAndGet());
        // A daemon, so a task stuck on a network call never keeps a closed window's JVM alive.
        t.setDaemon(true);
        return t;
    });

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        worker.execute(() -> {
            BackgroundTask.Outcome<T> outcome = task.call();
            Platform.runLater(() -> task.report(outcome));
        });
    }

    /** Lets queued work (a save the clerk just clicked) finish, for a few seconds at most. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            worker.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
