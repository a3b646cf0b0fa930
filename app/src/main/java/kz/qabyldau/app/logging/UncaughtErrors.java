package kz.qabyldau.app.logging;

import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.StorageException;
import kz.qabyldau.app.config.StoreMessages;

/**
 * What happens to an exception nobody caught: the stack trace goes to the log, the clerk gets a
 * short sentence in their language that names the log file.
 */
public final class UncaughtErrors {

    /** Generic text; {@code {0}} is the log file. */
    public static final String UNEXPECTED = "store.error.unexpected";
    /** Generic text when no log file is configured yet. */
    public static final String UNEXPECTED_NO_LOG = "store.error.unexpectedNoLog";

    private static final Logger LOG = LoggerFactory.getLogger(UncaughtErrors.class);

    private UncaughtErrors() {
    }

    /**
     * Makes every thread's uncaught exception (the FX thread's included) be logged at ERROR and
     * then passed to {@code tellClerk}, e.g. the shell's dialog, which must hop to the FX thread
     * itself. A failure of {@code tellClerk} is logged, never rethrown.
     *
     * @return the handler installed (for tests that restore the previous one)
     */
    public static Thread.UncaughtExceptionHandler install(Consumer<Throwable> tellClerk) {
        Objects.requireNonNull(tellClerk, "tellClerk");
        Thread.UncaughtExceptionHandler handler = (thread, error) -> {
            LOG.error("Uncaught exception in thread {}", thread.getName(), error);
            try {
                tellClerk.accept(error);
            } catch (RuntimeException | Error secondary) {
                LOG.error("Showing the error to the clerk failed", secondary);
            }
        };
        Thread.setDefaultUncaughtExceptionHandler(handler);
        return handler;
    }

    /**
     * The sentence for the clerk: a storage problem anywhere in the cause chain speaks for itself
     * (locked, corrupt, read-only …); anything else gets the generic text with the log file.
     */
    public static String messageFor(Throwable error, Locale locale) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof StorageException storage) {
                return storage.localizedMessage(locale);
            }
        }
        return Logging.logFile()
                .map(file -> StoreMessages.format(locale, UNEXPECTED, file))
                .orElseGet(() -> StoreMessages.format(locale, UNEXPECTED_NO_LOG));
    }
}
