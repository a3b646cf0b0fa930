package kz.qabyldau.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.cli.Command;
import kz.qabyldau.app.cli.Commands;
import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;

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
    void aDataFolderThatCannotBeUsedIsOneLineAndExitCode4NotAStackTrace(@TempDir Path dir) throws IOException {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");
        assertThat(run("--data-dir", notAFolder.toString(), "sync", "--once")).isEqualTo(4);
        assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("qabyldau sync: ").hasLineCount(1)
                .doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void aDatabaseInUseByAnotherCopyIsOneLineAndExitCode4(@TempDir Path dir) {
        try (Database db = Database.open(DataFolder.at(dir, false))) {
            assertThat(run("--data-dir", dir.toString(), "sync", "--once")).isEqualTo(4);
            assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("qabyldau sync: ").hasLineCount(1)
                    .doesNotContain("Exception");
        }
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
