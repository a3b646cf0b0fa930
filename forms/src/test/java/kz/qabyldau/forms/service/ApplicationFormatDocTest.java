package kz.qabyldau.forms.service;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/application-format.md} is the shared vocabulary of field ids: every id a definition declares must be
 * in its table, so other modules never meet an undocumented field.
 */
class ApplicationFormatDocTest {

    private static final Path DOC = Path.of("..", "docs", "application-format.md");

    @Test
    void everyDefinedFieldIdIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        ServiceCatalog catalog = ServiceCatalog.loadBundled();
        List<String> undocumented = catalog.services().stream()
                .flatMap(s -> catalog.versions(s).stream())
                .flatMap(ServiceDefinition::fields)
                .map(FieldDefinition::id)
                .distinct()
                .filter(id -> !documented(doc, id))
                .toList();
        assertThat(undocumented).isEmpty();
    }

    @Test
    void everyServiceIdIsDocumented() throws IOException {
        String doc = Files.readString(DOC);
        for (String service : ServiceCatalog.loadBundled().services()) {
            assertThat(doc).contains("`" + service + "`");
        }
    }

    /**
     * The table names ids either in full ({@code `applicant.iin`}) or as a suffix after a full id
     * ({@code `.series`}).
     */
    private static boolean documented(String doc, String id) {
        if (doc.contains("`" + id + "`")) {
            return true;
        }
        int dot = id.lastIndexOf('.');
        String prefix = id.substring(0, dot);
        String suffix = id.substring(dot);
        return doc.lines().anyMatch(line -> line.contains("`" + suffix + "`")
                && (line.contains("`" + prefix + ".") || line.contains("`" + prefix + "`")));
    }
}
