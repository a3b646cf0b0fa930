package kz.qabyldau.app.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Makes a test folder read-only for real. Permission bits are enough for an ordinary user; root
 * ignores them (CI containers often run as root), so there the folder is also made immutable with
 * {@code chattr +i} where the file system supports it. Tests check {@link #isReallyReadOnly}
 * and are skipped, not passed, when neither works.
 */
public final class ReadOnlyFolder {

    private ReadOnlyFolder() {
    }

    public static void makeReadOnly(Path folder) throws IOException {
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("r-xr-xr-x"));
        if (!isReallyReadOnly(folder)) {
            chattr("+i", folder);
        }
    }

    public static void makeWritable(Path folder) throws IOException {
        chattr("-i", folder);
        Files.setPosixFilePermissions(folder, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** Tries to create a file: the only test that is true for root, ACLs and immutable flags. */
    public static boolean isReallyReadOnly(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return false;
        } catch (IOException e) {
            return true;
        }
    }

    private static void chattr(String flag, Path folder) {
        try {
            Process p = new ProcessBuilder("chattr", flag, folder.toString())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            p.waitFor();
        } catch (IOException e) {
            // No chattr on this machine: the caller's assumption decides.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
