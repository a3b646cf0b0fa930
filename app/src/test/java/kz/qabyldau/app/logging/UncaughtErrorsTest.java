package kz.qabyldau.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.StoreException;

class UncaughtErrorsTest {

    private static final Locale KAZAKH = Locale.forLanguageTag("kk");

    @TempDir
    Path temp;

    private Thread.UncaughtExceptionHandler previousHandler;
    private PrintStream previousStderr;

    @BeforeEach
    void remember() {
        previousHandler = Thread.getDefaultUncaughtExceptionHandler();
        previousStderr = System.err;
        // The errors these tests provoke also go to stderr (by design): keep them out of the build output.
        System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        Thread.setDefaultUncaughtExceptionHandler(previousHandler);
        System.setErr(previousStderr);
        Logging.resetToDefault();
    }

    @Test
    void storageProblemInTheCauseChainIsToldInItsOwnWords() {
        Path db = temp.resolve("qabyldau.db");
        var cause = new StoreException(StoreException.LOCKED, db, null, null);
        String message = UncaughtErrors.messageFor(new RuntimeException("task failed", cause), KAZAKH);
        assertThat(message).isEqualTo(cause.localizedMessage(KAZAKH));
    }

    @Test
    void anyOtherErrorNamesTheLogFile() {
        Logging.configure(DataFolder.at(temp, false));
        String message = UncaughtErrors.messageFor(new NullPointerException(), Locale.forLanguageTag("ru"));
        assertThat(message).contains(temp.resolve("logs/qabyldau.log").toString()).contains("журнала");
    }

    @Test
    void beforeLoggingIsConfiguredTheMessageNamesNoFile() {
        String message = UncaughtErrors.messageFor(new NullPointerException(), Locale.ENGLISH);
        assertThat(message).contains("Tell your administrator");
    }

    @Test
    void uncaughtExceptionIsLoggedWithItsStackTraceAndHandedToTheClerk() throws InterruptedException, IOException {
        Logging.configure(DataFolder.at(temp, false));
        AtomicReference<Throwable> shown = new AtomicReference<>();
        UncaughtErrors.install(shown::set);
        IllegalStateException boom = new IllegalStateException("boom in a background task");

        Thread worker = new Thread(() -> {
            throw boom;
        }, "intake-worker");
        worker.start();
        worker.join();

        assertThat(shown.get()).isSameAs(boom);
        String log = Files.readString(Logging.logFile().orElseThrow());
        assertThat(log).contains("Uncaught exception in thread intake-worker")
                .contains("boom in a background task").contains("UncaughtErrorsTest");
    }

    @Test
    void failureWhileTellingTheClerkIsLoggedNotRethrown() throws InterruptedException, IOException {
        Logging.configure(DataFolder.at(temp, false));
        UncaughtErrors.install(e -> {
            throw new IllegalStateException("dialog could not open");
        });
        Thread worker = new Thread(() -> {
            throw new IllegalArgumentException("first");
        });
        worker.start();
        worker.join();

        assertThat(Files.readString(Logging.logFile().orElseThrow())).contains("dialog could not open");
    }
}
