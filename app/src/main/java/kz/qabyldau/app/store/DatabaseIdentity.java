package kz.qabyldau.app.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.config.PrivateFiles;

/**
 * Which database file this is, so that one that vanished or was swapped is noticed. The random
 * {@code store.id} of {@code store_identity} is repeated in a side file ({@code qabyldau.db.id}) next to
 * the database: a start that finds the side file but no database refuses to create an empty one in its
 * place. While running, the file's identity on disk (inode and device on POSIX) is compared before
 * every read and write: a file deleted or replaced under the running program stops it writing at once.
 */
final class DatabaseIdentity {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseIdentity.class);

    private DatabaseIdentity() {
    }

    static Path sideFile(Path database) {
        return database.resolveSibling(database.getFileName() + ".id");
    }

    /**
     * Refuses to start on a missing (or empty) database where one used to be.
     *
     * @throws StoreException {@link StoreException#FILE_MISSING}
     */
    static void refuseMissing(Path database) {
        Path side = sideFile(database);
        if (!Files.exists(side)) {
            return;
        }
        boolean missing;
        try {
            missing = !Files.exists(database) || Files.size(database) == 0;
        } catch (IOException e) {
            missing = false;
        }
        if (missing) {
            throw new StoreException(StoreException.FILE_MISSING, database,
                    "the side file " + side.getFileName() + " says a database was here", null);
        }
    }

    /** Writes the side file with this database's id (when it changed: a restored or another database). */
    static void record(Connection c, Path database) throws SQLException {
        Optional<String> id = storeId(c);
        if (id.isEmpty()) {
            return;
        }
        Path side = sideFile(database);
        try {
            Optional<String> known = Files.exists(side)
                    ? Optional.of(Files.readString(side, StandardCharsets.US_ASCII).strip()) : Optional.empty();
            if (known.isPresent() && known.get().equals(id.get())) {
                return;
            }
            if (known.isPresent()) {
                LOG.warn("{} is another database than the one last opened here (id {} instead of {})", database,
                        id.get(), known.get());
            }
            PrivateFiles.writeAtomically(side, (id.get() + "\n").getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
            // The side file is a safeguard, not the data: a read-only side file must not stop the office.
            LOG.warn("Could not record the identity of {} in {}: {}", database, side, e.getMessage());
        }
    }

    static Optional<String> storeId(Connection c) throws SQLException {
        try (PreparedStatement st = c.prepareStatement("SELECT value FROM store_identity WHERE key = 'store.id'");
             ResultSet rs = st.executeQuery()) {
            return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
        }
    }

    /** The file's identity on disk (null where the file system has none, e.g. on Windows). */
    static Object fileKey(Path database) throws IOException {
        return Files.readAttributes(database, BasicFileAttributes.class).fileKey();
    }

    /** Whether the file at {@code database} is still the one whose identity was {@code opened}. */
    static boolean stillSame(Path database, Object opened) {
        if (opened == null) {
            return true;
        }
        try {
            return Objects.equals(opened, fileKey(database));
        } catch (NoSuchFileException e) {
            return false;
        } catch (IOException e) {
            return true;
        }
    }
}
