package kz.qabyldau.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import kz.qabyldau.app.config.LaunchOptions;

class CommandLineTest {

    @Test
    void noArgumentsMeansTheWindowWithDefaults() throws Exception {
        CommandLine line = CommandLine.parse(List.of());
        assertThat(line.command()).isEmpty();
        assertThat(line.options()).isEqualTo(LaunchOptions.defaults());
        assertThat(line.help()).isFalse();
        assertThat(line.version()).isFalse();
    }

    @Test
    void globalOptionsComeBeforeTheCommand() throws Exception {
        CommandLine line = CommandLine.parse(
                List.of("--training", "--data-dir", "/tmp/q", "check", "a.json", "--as-of", "x"));
        assertThat(line.options().training()).isTrue();
        assertThat(line.options().dataDir()).contains(Path.of("/tmp/q"));
        assertThat(line.command()).contains("check");
        assertThat(line.commandArgs()).containsExactly("a.json", "--as-of", "x");
    }

    @Test
    void dataDirMayBeGivenWithAnEqualsSign() throws Exception {
        assertThat(CommandLine.parse(List.of("--data-dir=/srv/q")).options().dataDir()).contains(Path.of("/srv/q"));
    }

    @Test
    void dataDirWithoutAFolderIsAUsageError() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--data-dir")))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessageContaining("--data-dir");
    }

    @Test
    void unknownOptionIsAUsageError() {
        assertThatThrownBy(() -> CommandLine.parse(List.of("--colour")))
                .isInstanceOf(CommandLine.UsageException.class)
                .hasMessageContaining("--colour");
    }
}
