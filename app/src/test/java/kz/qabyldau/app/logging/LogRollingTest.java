package kz.qabyldau.app.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import ch.qos.logback.core.util.FileSize;
import kz.qabyldau.app.config.DataFolder;

class LogRollingTest {

    private static final Logger LOG = LoggerFactory.getLogger("kz.qabyldau.app.logging.rolling");

    @TempDir
    Path temp;

    @AfterEach
    void backToDefault() {
        Logging.resetToDefault();
    }

    @Test
    void aFullLogFileRollsOverIntoADatedFileBesideIt() throws IOException {
        DataFolder folder = DataFolder.at(temp, false);
        Logging.configure(folder);
        String line = "x".repeat(200);
        long limit = FileSize.valueOf(LogAppenders.MAX_FILE_SIZE).getSize();
        long written = 0;
        List<Path> rolled = List.of();
        // Logback checks the size now and then, not on every event: write until it rolls (bounded).
        while (rolled.isEmpty() && written < 4 * limit) {
            for (int i = 0; i < 5_000; i++) {
                LOG.info(line);
            }
            written += 5_000L * line.length();
            try (Stream<Path> files = Files.list(folder.logsFolder())) {
                rolled = files.filter(p -> p.getFileName().toString()
                        .matches("qabyldau-\\d{4}-\\d{2}-\\d{2}\\.\\d+\\.log")).toList();
            }
        }
        assertThat(rolled).isNotEmpty();
        assertThat(folder.logFile()).exists();
        assertThat(Files.size(rolled.get(0))).isLessThanOrEqualTo(limit + 100_000);
    }
}
