package kz.qabyldau.app.ui.shell;

import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicBoolean;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.LaunchOptions;

/**
 * Opens the workstation on a thread of its own from the moment the process starts, while the JavaFX toolkit
 * starts and the window appears (ADR 0092): the two take about as long as each other, and on two cores they
 * no longer wait for one another. The window's {@link StartupViewModel} then takes the result through
 * {@link #opener()}, with the same success and failure handling as when it opened the workstation itself.
 *
 * <p>Whatever is opened reaches the window or is closed: when the window never takes it (no display, GTK
 * missing), {@link #closeUnlessTaken()} waits for the opening to end and closes the databases, so the next start
 * sees a clean close and needs no whole-file check (ADR 0090).
 */
public final class EarlyOpening {

    private static final Logger LOG = LoggerFactory.getLogger(EarlyOpening.class);

    private final LaunchOptions options;
    private final CompletableFuture<OpenedWorkstation> result = new CompletableFuture<>();
    private final AtomicBoolean taken = new AtomicBoolean();

    private EarlyOpening(LaunchOptions options) {
        this.options = Objects.requireNonNull(options, "options");
    }

    /** Starts opening with {@code opener} on a new daemon thread and returns at once. */
    public static EarlyOpening begin(WorkstationOpener opener, LaunchOptions options) {
        Objects.requireNonNull(opener, "opener");
        EarlyOpening early = new EarlyOpening(options);
        Thread thread = new Thread(() -> {
            try {
                early.result.complete(opener.open(options));
            } catch (Exception | LinkageError e) {
                early.result.completeExceptionally(e);
            }
        }, "qabyldau-open");
        thread.setDaemon(true);
        thread.start();
        return early;
    }

    /**
     * The opener the window uses: it waits for the opening under way (blocking, as every opener) and gives its
     * workstation, or throws what the opening threw. It gives the workstation once; the options must be those the
     * opening was begun with.
     */
    public WorkstationOpener opener() {
        return given -> {
            if (!options.equals(given)) {
                throw new IllegalArgumentException("the workstation was opened with other options");
            }
            if (!taken.compareAndSet(false, true)) {
                throw new IllegalStateException("the workstation opened at start-up was already taken");
            }
            try {
                return result.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
        };
    }

    /**
     * Closes what was opened unless the window took it; waits for an opening still under way. Does nothing once
     * the window has taken the workstation (the window closes it).
     */
    public void closeUnlessTaken() {
        if (!taken.compareAndSet(false, true)) {
            return;
        }
        OpenedWorkstation opened;
        try {
            opened = result.join();
        } catch (CompletionException failedAnyway) {
            return;
        }
        try {
            opened.resources().close();
        } catch (Exception e) {
            LOG.warn("Closing the database that no window took failed", e);
        }
    }
}
