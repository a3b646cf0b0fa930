package kz.qabyldau.app.sync;

import java.net.URI;
import java.nio.file.Path;

/**
 * What the desk needs from the central service of training mode: where it listens, and that it stops with the
 * desk. The simulator behind it is built by the package that assembles the workstation ({@code ui}); the sync never
 * builds it itself (docs/architecture.md, "The simulator's place").
 */
public interface TrainingCentral extends AutoCloseable {

    /** The base address the worker syncs with (loopback). */
    URI baseUri();

    /** Stops the service; it does not throw. */
    @Override
    void close();

    /** Starts a training central service keeping its data in a folder of its own. */
    @FunctionalInterface
    interface Starter {
        TrainingCentral start(Path dataDir);
    }
}
