package kz.qabyldau.app.config;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.AclEntry;
import java.nio.file.attribute.AclEntryPermission;
import java.nio.file.attribute.AclEntryType;
import java.nio.file.attribute.AclFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.nio.channels.FileChannel;
import java.nio.file.StandardOpenOption;

/**
 * Files and folders only the workstation's own account may read: 0700 folders and 0600 files on
 * POSIX systems; on Windows an ACL that names the owner alone (full control, nothing inherited),
 * the same as a folder under the user's profile gets by default. Every place the workstation writes
 * goes through here, so another account on a shared office PC reads nothing.
 */
public final class PrivateFiles {

    static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");
    static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private PrivateFiles() {
    }

    /**
     * Creates {@code folder} (and missing parents) private; an existing folder loses what others may do
     * with it, and keeps what its owner may (a read-only folder stays read-only).
     */
    public static Path folder(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            if (POSIX) {
                Files.createDirectories(folder, PosixFilePermissions.asFileAttribute(FOLDER));
            } else {
                Files.createDirectories(folder);
            }
        }
        restrict(folder, true);
        return folder;
    }

    /** Makes an existing file private (no-op when it does not exist). */
    public static void file(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            restrict(file, false);
        }
    }

    /** Creates an empty private file unless one exists (for files another library then opens, e.g. SQLite's). */
    public static void createFile(Path file) throws IOException {
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (POSIX) {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } else {
            Files.createFile(file);
            restrict(file, false);
        }
    }

    /**
     * Writes {@code bytes} to {@code target} through a private temporary file in the same folder, then
     * renames it over the target in one step: a full disk or a crash leaves the old file whole, never
     * half a new one.
     */
    public static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Path parent = target.toAbsolutePath().getParent();
        Path temp = Files.createTempFile(parent, "." + target.getFileName() + ".", ".tmp");
        try {
            restrict(temp, false);
            Files.write(temp, bytes);
            try (var channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static void restrict(Path path, boolean folder) throws IOException {
        if (POSIX) {
            Set<PosixFilePermission> kept = Files.getPosixFilePermissions(path);
            if (kept.retainAll(folder ? FOLDER : FILE)) {
                Files.setPosixFilePermissions(path, kept);
            }
            return;
        }
        AclFileAttributeView acl = Files.getFileAttributeView(path, AclFileAttributeView.class);
        if (acl == null) {
            return;
        }
        UserPrincipal owner = Files.getOwner(path);
        acl.setAcl(List.of(AclEntry.newBuilder().setType(AclEntryType.ALLOW).setPrincipal(owner)
                .setPermissions(EnumSet.allOf(AclEntryPermission.class)).build()));
    }
}
