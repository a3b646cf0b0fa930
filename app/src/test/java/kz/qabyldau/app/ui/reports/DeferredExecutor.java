package kz.qabyldau.app.ui.reports;

import java.util.ArrayList;
import java.util.List;

import kz.qabyldau.app.ui.common.BackgroundTask;
import kz.qabyldau.app.ui.common.TaskExecutor;

/** Keeps the submitted tasks until the test runs them: what the page shows while the worker thread computes. */
final class DeferredExecutor implements TaskExecutor {

    private final List<Runnable> pending = new ArrayList<>();

    @Override
    public <T> void execute(BackgroundTask<T> task) {
        pending.add(() -> TaskExecutor.callingThread().execute(task));
    }

    int pending() {
        return pending.size();
    }

    /** Runs every task submitted so far (and those they submit), as the worker and the FX thread would. */
    void runAll() {
        while (!pending.isEmpty()) {
            pending.remove(0).run();
        }
    }
}
