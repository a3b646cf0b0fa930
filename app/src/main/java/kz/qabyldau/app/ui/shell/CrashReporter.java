package kz.qabyldau.app.ui.shell;

import java.nio.file.Path;
import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.DialogService;

/**
 * The last resort for a programming error: logs the exception with its stack trace, and tells
 * the clerk in their language that something went wrong and where the log is — never the trace
 * itself. Installed for every thread and for the FX thread.
 */
public final class CrashReporter implements Thread.UncaughtExceptionHandler {

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
    public void uncaughtException(Thread thread, Throwable error) {
        LOG.error("Uncaught exception in thread {}", thread.getName(), error);
        if (!showing.compareAndSet(false, true)) {
            return;
        }
        try {
            uiThread.execute(() -> {
                try {
                    dialogs.showError(i18n.get("crash.title"), i18n.get("crash.message", logFile.get()));
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
}
