package kz.qabyldau.app.ui.common;

/**
 * Runs {@link BackgroundTask}s. The workstation's executor works on a background thread and
 * reports on the FX thread; tests use {@link #callingThread()} so no test ever waits or sleeps.
 */
public interface TaskExecutor {

    <T> void execute(BackgroundTask<T> task);

    /** Runs every task at once on the thread that submits it, reporting on that thread too. */
    static TaskExecutor callingThread() {
        return new TaskExecutor() {
            @Override
            public <T> void execute(BackgroundTask<T> task) {
                task.report(task.call());
            }
        };
    }
}
