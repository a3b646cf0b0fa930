package kz.qabyldau.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import kz.qabyldau.app.cli.Command;
import kz.qabyldau.app.cli.Commands;

/** The launcher answers --help, --version and usage errors without starting JavaFX. */
class LauncherTest {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        return Launcher.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void helpListsOptionsAndEveryCommand() {
        assertThat(run("--help")).isZero();
        String help = out.toString(StandardCharsets.UTF_8);
        assertThat(help).contains("--data-dir", "--training", "--version");
        for (Command c : Commands.all()) {
            assertThat(help).contains(c.name());
        }
    }

    @Test
    void versionPrintsOneLine() {
        assertThat(run("--version")).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).startsWith("Qabyldau ").hasLineCount(1);
    }

    @Test
    void unknownCommandIsAUsageErrorWithExitCode2() {
        assertThat(run("frobnicate")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command 'frobnicate'")
                .doesNotContain("Exception");
    }

    @Test
    void badOptionIsAUsageErrorWithExitCode2() {
        assertThat(run("--data-dir")).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("--data-dir needs a folder");
    }

    @Test
    void everyCommandAnswersItsOwnHelp() {
        for (Command c : Commands.all()) {
            out.reset();
            assertThat(run(c.name(), "--help")).isZero();
            assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(c.usage());
        }
    }
}
