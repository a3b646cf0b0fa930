package kz.qabyldau.app.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import kz.qabyldau.app.cli.CommandLine;
import kz.qabyldau.app.config.LaunchOptions;

/** JavaFX hands the application only strings: the launch options must survive the trip. */
class LaunchArgumentsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "NONE", value = {
            "NONE, false",
            "NONE, true",
            "/tmp/q1, false",
            "'/home/clerk/Қабылдау деректері', true",
    })
    void launchOptionsRoundTripThroughTheApplicationArguments(String dataDir, boolean training) throws Exception {
        LaunchOptions options = new LaunchOptions(Optional.ofNullable(dataDir).map(Path::of), training);

        assertThat(CommandLine.parse(WorkstationApp.toArguments(options)).options()).isEqualTo(options);
    }
}
