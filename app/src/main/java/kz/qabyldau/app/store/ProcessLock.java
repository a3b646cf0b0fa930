package kz.qabyldau.app.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import kz.qabyldau.app.config.PrivateFiles;

/**
 * The lock file that says "a copy of Qabyldau uses this database". An OS lock, not the file's
 * existence: the OS drops it when the process dies, even by SIGKILL or a power cut, so a crash
 * never leaves the database locked.
 *
 * <p>Within this JVM the lock files in use are also kept in {@link #HELD}, checked before a
 * channel is even opened: on POSIX systems closing <em>any</em> descriptor of a file drops all
 * of the process's locks on it, so a refused second open must never open and close the file.
 */
final class ProcessLock {

    private static final Logger LOG = LoggerFactory.getLogger(ProcessLock.class);
    private static final Set<Path> HELD = ConcurrentHashMap.newKeySet();

    private final Path lockFile;
    private final FileChannel channel;
    private final FileLock lock;

    private ProcessLock(Path lockFile, FileChannel channel, FileLock lock) {
        this.lockFile = lockFile;
        this.channel = channel;
        this.lock = lock;
    }

    static ProcessLock acquire(Path lockFile, Path database) {
        Path key = lockFile.toAbsolutePath().normalize();
        if (!HELD.add(key)) {
            throw new StoreException(StoreException.LOCKED, database, "already open in this process", null);
        }
        try {
            return lockInOs(key, database);
        } catch (RuntimeException e) {
            HELD.remove(key);
            throw e;
        }
    }

    private static ProcessLock lockInOs(Path lockFile, Path database) {
        FileChannel channel;
        try {
            PrivateFiles.createFile(lockFile);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreException(StoreException.OPEN_FAILED, database, "lock file " + lockFile + ": " + e, e);
        }
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (IOException | OverlappingFileLockException e) {
            closeChannel(channel);
            throw new StoreException(StoreException.OPEN_FAILED, database, "lock file " + lockFile + ": " + e, e);
        }
        if (lock == null) {
            closeChannel(channel);
            throw new StoreException(StoreException.LOCKED, database, "lock file " + lockFile + " is held", null);
        }
        try {
            // For whoever looks at the folder: which process holds it.
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)));
        } catch (IOException e) {
            LOG.debug("Could not write the PID into {}", lockFile, e);
        }
        return new ProcessLock(lockFile, channel, lock);
    }

    void release() {
        try {
            lock.release();
        } catch (IOException e) {
            LOG.warn("Releasing the database lock failed", e);
        }
        closeChannel(channel);
        HELD.remove(lockFile);
    }

    private static void closeChannel(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.warn("Closing the lock file failed", e);
        }
    }
}
