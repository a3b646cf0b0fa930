package kz.qabyldau.app.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.settings.OfficeSettings;
import java.util.Locale;
import kz.qabyldau.app.config.StoreMessages;

/** A database file that vanishes or is swapped is noticed; the folder and its files are private. */
class DatabaseIdentityTest {

    @TempDir
    Path temp;

    private PrintStream stderr;

    @BeforeEach
    void quietStderr() {
        stderr = System.err;
        System.setErr(new PrintStream(OutputStream.nullOutputStream(), true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreStderr() {
        System.setErr(stderr);
    }

    private DataFolder folder() {
        return DataFolder.at(temp.resolve("data"), false);
    }

    private static String key(StoreException e) {
        return e.messageKey();
    }

    @Test
    void aDatabaseDeletedWhileOpenStopsEveryWriteAndTheNextStartRefusesToCreateAnEmptyOne() throws IOException {
        Database db = Database.open(folder());
        SqliteSettingsStore settings = new SqliteSettingsStore(db);
        settings.save(OfficeSettings.unconfigured());
        Files.delete(db.file());
        Files.deleteIfExists(Path.of(db.file() + "-wal"));
        assertThatThrownBy(() -> settings.save(withOffice("AST-03"))).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(key(e)).isEqualTo(StoreException.FILE_REPLACED));
        assertThatThrownBy(settings::load).as("reads too, and it stays so").isInstanceOf(StoreException.class);
        db.close();
        assertThat(db.file()).doesNotExist();

        assertThatThrownBy(() -> Database.open(folder())).isInstanceOfSatisfying(StoreException.class,
                e -> assertThat(key(e)).isEqualTo(StoreException.FILE_MISSING));
        assertThat(db.file()).as("no empty database put in its place").doesNotExist();
        assertThat(StoreMessagesText.of(StoreException.FILE_MISSING)).contains("backup");
    }

    @Test
    void aDatabaseReplacedWhileOpenIsNotWrittenTo() throws IOException {
        Path other = temp.resolve("other");
        Database.open(DataFolder.at(other, false)).close();
        Database db = Database.open(folder());
        Files.copy(other.resolve("qabyldau.db"), temp.resolve("swap.db"));
        Files.move(temp.resolve("swap.db"), db.file(), StandardCopyOption.REPLACE_EXISTING);
        assertThatThrownBy(() -> new SqliteSettingsStore(db).save(withOffice("X")))
                .isInstanceOfSatisfying(StoreException.class,
                        e -> assertThat(key(e)).isEqualTo(StoreException.FILE_REPLACED));
        db.close();
    }

    @Test
    void aBackupPutBackOpensAndAFreshFolderStillStarts() throws IOException {
        Database db = Database.open(folder());
        db.close();
        Path backup = temp.resolve("backup.db");
        Files.copy(db.file(), backup);
        Files.delete(db.file());
        assertThatThrownBy(() -> Database.open(folder())).isInstanceOf(StoreException.class);
        Files.copy(backup, db.file());
        Database.open(folder()).close();
        Database.open(DataFolder.at(temp.resolve("fresh"), false)).close();
    }

    @Test
    void theDataFolderAndTheDatabaseFilesArePrivateToThisAccount() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path root = temp.resolve("data");
        // As an older version left it: world-readable.
        Files.createDirectories(root,
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
        try (Database db = Database.open(folder())) {
            new SqliteSettingsStore(db).save(withOffice("AST-03"));
            try (Stream<Path> all = Files.walk(root)) {
                for (Path p : all.toList()) {
                    String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(p));
                    if (Files.isDirectory(p)) {
                        assertThat(mode).as(p.toString()).isEqualTo("rwx------");
                    } else {
                        assertThat(mode).as(p.toString()).isEqualTo("rw-------");
                    }
                }
            }
        }
    }

    private static OfficeSettings withOffice(String code) {
        OfficeSettings s = OfficeSettings.unconfigured();
        return new OfficeSettings(s.officeName(), s.regionCode(), s.providerName(), s.clerkName(), s.language(),
                s.centralUrl(), code, s.token());
    }

    /** The English text of a key, as the clerk's message shows it. */
    private static final class StoreMessagesText {
        static String of(String key) {
            return StoreMessages.format(Locale.ENGLISH, key, Path.of("x"));
        }
    }
}
