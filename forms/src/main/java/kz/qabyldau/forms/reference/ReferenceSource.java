package kz.qabyldau.forms.reference;

import java.io.ByteArrayInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where the reference files are read from: the bundled class path, a directory the sync
 * service filled, or (in tests) a set of files in memory. Paths are relative to the reference
 * root, e.g. {@code countries.json} or {@code calendar/2026.json}.
 */
@FunctionalInterface
public interface ReferenceSource {

    /** The class-path root of the bundled data. */
    String BUNDLED_ROOT = "/qabyldau/reference/";

    /**
     * Opens a file.
     *
     * @throws FileNotFoundException or {@link NoSuchFileException} when the source has no such file
     */
    InputStream open(String path) throws IOException;

    /** The data bundled in the resources jar. */
    static ReferenceSource bundled() {
        return path -> {
            InputStream in = ReferenceSource.class.getResourceAsStream(BUNDLED_ROOT + path);
            if (in == null) {
                throw new FileNotFoundException("class path " + BUNDLED_ROOT + path);
            }
            return in;
        };
    }

    /** Files under a directory laid out like the bundled data. */
    static ReferenceSource directory(Path root) {
        return path -> Files.newInputStream(root.resolve(path));
    }

    /** Files given as text by path (tests, or data received whole from the central service). */
    static ReferenceSource ofTexts(Map<String, String> files) {
        Map<String, String> copy = Map.copyOf(files);
        return path -> {
            String text = copy.get(path);
            if (text == null) {
                throw new FileNotFoundException(path);
            }
            return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
        };
    }

    /** This source's files where it has them, the fallback's files otherwise. */
    default ReferenceSource overriding(ReferenceSource fallback) {
        return path -> {
            try {
                return open(path);
            } catch (FileNotFoundException | NoSuchFileException missing) {
                return fallback.open(path);
            }
        };
    }
}
