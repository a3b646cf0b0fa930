package kz.qabyldau.app.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Blocking work (the database, files, the network) kept off the FX thread, with what to do
 * with its result once it is done. The callbacks run where the executor reports, which for the
 * workstation is the FX thread, so they may update view-model properties.
 *
 * <pre>{@code
 * BackgroundTask.wrap(() -> store.load())
 *         .onSuccess(settings -> saved.set(settings))
 *         .onFailure(error -> dialogs.showError(...))
 *         .executeWith(executor);
 * }</pre>
 *
 * @param <T> the result of the work
 */
public final class BackgroundTask<T> {

    /** The outcome of the work: a value, or the exception it threw. */
    record Outcome<T>(T value, Exception error) {
    }

    private final Callable<T> work;
    private Consumer<T> onSuccess = value -> { };
    private Consumer<Exception> onFailure = error -> { };

    private BackgroundTask(Callable<T> work) {
        this.work = Objects.requireNonNull(work);
    }

    public static <T> BackgroundTask<T> wrap(Callable<T> work) {
        return new BackgroundTask<>(work);
    }

    /** Work without a result. */
    public static BackgroundTask<Void> wrap(Runnable work) {
        return new BackgroundTask<>(() -> {
            work.run();
            return null;
        });
    }

    public BackgroundTask<T> onSuccess(Consumer<T> callback) {
        this.onSuccess = Objects.requireNonNull(callback);
        return this;
    }

    public BackgroundTask<T> onFailure(Consumer<Exception> callback) {
        this.onFailure = Objects.requireNonNull(callback);
        return this;
    }

    public void executeWith(TaskExecutor executor) {
        executor.execute(this);
    }

    /** Does the work; called by an executor on its worker thread. Errors are captured, not thrown. */
    Outcome<T> call() {
        try {
            return new Outcome<>(work.call(), null);
        } catch (Exception e) {
            return new Outcome<>(null, e);
        }
    }

    /** Hands the outcome to the callbacks; called by an executor where it reports. */
    void report(Outcome<T> outcome) {
        if (outcome.error() == null) {
            onSuccess.accept(outcome.value());
        } else {
            onFailure.accept(outcome.error());
        }
    }
}
