package kz.qabyldau.app.central;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The central store migrates only when its {@code user_version} is behind {@link CentralStore#SCHEMA_VERSION}: a
 * migration added without raising it would never reach a data folder made before it.
 */
class CentralSchemaTest {

    @Test
    void schemaVersionConstantEqualsTheHighestMigrationFile() throws IOException, URISyntaxException {
        Path migrations = Path.of(CentralStore.class.getResource("/db/central").toURI());
        Pattern versioned = Pattern.compile("V(\\d+)__.+\\.sql");
        int highest;
        try (Stream<Path> files = Files.list(migrations)) {
            highest = files.map(p -> versioned.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches).mapToInt(m -> Integer.parseInt(m.group(1))).max().orElse(0);
        }
        assertThat(CentralStore.SCHEMA_VERSION).isEqualTo(highest);
    }
}
