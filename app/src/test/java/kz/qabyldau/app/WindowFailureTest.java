package kz.qabyldau.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.LaunchOptions;
import kz.qabyldau.app.logging.Logging;

/** Issue #12: a desktop without GTK 3 gets one clear line (kk/ru/en) and an exit status, the log the detail. */
class WindowFailureTest {

    /** What JavaFX throws from Application.launch on a Debian without libgtk-3-0. */
    private static final RuntimeException NO_GTK = new RuntimeException("Application launch failed",
            new UnsupportedOperationException("Unable to load glass GTK library."));

    @TempDir
    Path dataDir;

    @AfterEach
    void resetLogging() {
        Logging.resetToDefault();
    }

    @Test
    void theGlassLibraryFailingIsTheDesktopMissingAndOtherFailuresAreNot() {
        assertThat(WindowFailure.isDesktopMissing(NO_GTK)).isTrue();
        assertThat(WindowFailure.isDesktopMissing(new UnsatisfiedLinkError("no prism_es2"))).isTrue();
        assertThat(WindowFailure.isDesktopMissing(new IllegalStateException("a bug of ours"))).isFalse();
    }

    @Test
    void theTerminalGetsOneLineInThreeLanguagesAndTheLogTheTrace() throws Exception {
        ByteArrayOutputStream err = new ByteArrayOutputStream();

        int status = WindowFailure.report(NO_GTK, new LaunchOptions(Optional.of(dataDir), false),
                new PrintStream(err, true, StandardCharsets.UTF_8));

        assertThat(status).isEqualTo(WindowFailure.NO_WINDOW).isEqualTo(5);
        String said = err.toString(StandardCharsets.UTF_8);
        assertThat(said.lines()).singleElement().satisfies(line -> assertThat(line)
                .startsWith("qabyldau: терезе ашылмады").contains("окно не открылось", "the window could not open",
                        "libgtk-3-0").doesNotContain("Exception", "\tat "));
        Path log = Logging.logFile().orElseThrow();
        assertThat(said).contains(log.toString());
        Logging.resetToDefault();
        assertThat(Files.readString(log)).contains("Unable to load glass GTK library");
    }
}
