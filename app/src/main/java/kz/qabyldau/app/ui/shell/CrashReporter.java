package kz.qabyldau.app.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.StorageException;
import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.DialogService;

/**
 * Tells the clerk about an exception nobody caught (after {@code UncaughtErrors} has logged it
 * with its stack trace): a short message in their language naming the log file — never the trace
 * itself. A storage failure (disk full, database locked) speaks for itself instead.
 */
public final class CrashReporter implements Consumer<Throwable> {

    private static final Logger LOG = LoggerFactory.getLogger(CrashReporter.class);

    private final I18n i18n;
    private final DialogService dialogs;
    private final Executor uiThread;
    private final Supplier<Path> logFile;
    /** One message at a time: an error that repeats on every frame must not stack up dialogs. */
    private final AtomicBoolean showing = new AtomicBoolean();

    /**
     * @param uiThread runs the message box on the FX thread ({@code Platform::runLater})
     * @param logFile  the log file the message names
     */
    public CrashReporter(I18n i18n, DialogService dialogs, Executor uiThread, Supplier<Path> logFile) {
        this.i18n = Objects.requireNonNull(i18n);
        this.dialogs = Objects.requireNonNull(dialogs);
        this.uiThread = Objects.requireNonNull(uiThread);
        this.logFile = Objects.requireNonNull(logFile);
    }

    @Override
    public void accept(Throwable error) {
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        String message = messageFor(error);
        try {
            uiThread.execute(() -> {
                try {
                    dialogs.showError(i18n.get("crash.title"), message);
                } finally {
                    showing.set(false);
                }
            });
        } catch (RuntimeException e) {
            // The toolkit is gone (the window was closing): the log has it all.
            showing.set(false);
            LOG.warn("Could not show the error message", e);
        }
    }

    private String messageFor(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StorageException storage) {
                return storage.localizedMessage(i18n.language().locale());
            }
        }
        return i18n.get("crash.message", logFile.get());
    }
}
