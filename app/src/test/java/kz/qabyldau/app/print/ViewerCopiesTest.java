package kz.qabyldau.app.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Copies for the PDF viewer are private, kept in the data folder, and gone at the next start. */
class ViewerCopiesTest {

    @TempDir
    Path temp;

    @Test
    void aCopyIsPrivateInThePrintedFolderAndTheNextStartRemovesIt() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"));
        Path printed = temp.resolve("printed");
        ViewerCopies.keepIn(printed);
        Path copy = ViewerCopies.write("permit.app1", "%PDF-1.4 Жұмабекова".getBytes());
        assertThat(copy.getParent()).isEqualTo(printed);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(copy))).isEqualTo("rw-------");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(printed))).isEqualTo("rwx------");

        ViewerCopies.keepIn(printed);
        assertThat(copy).doesNotExist();
    }
}
