package kz.qabyldau.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.DataFolder;
import java.util.ArrayList;

class LoggingTest {

    private static final Logger LOG = LoggerFactory.getLogger("kz.qabyldau.app.logging.test");

    @TempDir
    Path temp;

    @AfterEach
    void backToDefault() {
        Logging.resetToDefault();
    }

    @Test
    void noLogFileBeforeConfiguration() {
        assertThat(Logging.logFile()).isEmpty();
    }

    @Test
    void infoGoesToTheLogFileInTheDataFolder() throws IOException {
        DataFolder folder = DataFolder.at(temp, false);
        Logging.configure(folder);
        LOG.info("Өтініш қабылданды");

        assertThat(Logging.logFile()).contains(temp.resolve("logs/qabyldau.log"));
        assertThat(Files.readString(folder.logFile(), StandardCharsets.UTF_8)).contains("Өтініш қабылданды");
    }

    @Test
    void trainingModeLogsToItsOwnFile() {
        Logging.configure(DataFolder.at(temp, true));
        assertThat(Logging.logFile()).contains(temp.resolve("logs/training.log"));
    }

    @Test
    void debugIsNotWritten() throws IOException {
        Logging.configure(DataFolder.at(temp, false));
        LOG.debug("noise that must not fill the clerk's disk");
        assertThat(Files.readString(Logging.logFile().orElseThrow())).doesNotContain("noise");
    }

    @Test
    void onlyWarningsAndErrorsReachStderr() {
        PrintStream original = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Logging.configure(DataFolder.at(temp, false));
            LOG.info("routine start-up line");
            LOG.warn("disk almost full");
        } finally {
            System.setErr(original);
        }
        String stderr = captured.toString(StandardCharsets.UTF_8);
        assertThat(stderr).contains("disk almost full").doesNotContain("routine start-up line");
    }

    @Test
    void beforeConfigurationOnlyWarningsGoToStderrAndNothingToAFile() {
        var context = (ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory();
        var root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        var appenders = new ArrayList<ch.qos.logback.core.Appender<?>>();
        root.iteratorForAppenders().forEachRemaining(appenders::add);

        assertThat(root.getLevel()).isEqualTo(ch.qos.logback.classic.Level.WARN);
        assertThat(appenders).isNotEmpty().allSatisfy(a -> {
            assertThat(a).isInstanceOf(ch.qos.logback.core.ConsoleAppender.class);
            assertThat(((ch.qos.logback.core.ConsoleAppender<?>) a).getTarget()).isEqualTo("System.err");
        });
    }
}
