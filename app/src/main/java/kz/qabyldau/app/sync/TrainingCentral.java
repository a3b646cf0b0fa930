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

    /**
     * A one-time enrolment code for a workstation of {@code office}: training enrols itself with its own simulator,
     * which serves signed requests only, as a real central service does (docs/sync-protocol.md).
     *
     * @throws IllegalStateException when the service is not running
     */
    String enrolmentCode(String office, String region);

    /**
     * The public key its reference data is signed with: the only publisher a training workstation trusts
     * (docs/sync-protocol.md 3.5, "Signed law").
     *
     * @throws IllegalStateException when the service is not running
     */
    byte[] publisherKey();

    /** Stops the service; it does not throw. */
    @Override
    void close();

    /** Starts a training central service keeping its data in a folder of its own. */
    @FunctionalInterface
    interface Starter {
        TrainingCentral start(Path dataDir);
    }
}
