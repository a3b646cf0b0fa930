package kz.qabyldau.app.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;

import kz.qabyldau.app.sync.TrainingCentral;

/**
 * The training simulator as the desk's start sees it: its address is known at once (a free loopback port is
 * reserved), but the simulator itself (its own database, an HTTP server, the law data: four fifths of a training
 * start, docs/benchmarks.md) starts only when {@link #start()} is called, once the desk takes keys (ADR 0091).
 * The sync worker is started after it, so it never meets a closed port.
 */
final class LateTrainingCentral implements TrainingCentral {

    private final Path dataDir;
    private final TrainingSimulator.Tuning tuning;
    private final int port;
    private TrainingSimulator running;
    private boolean closed;

    LateTrainingCentral(Path dataDir, TrainingSimulator.Tuning tuning) {
        this.dataDir = Objects.requireNonNull(dataDir);
        this.tuning = Objects.requireNonNull(tuning);
        this.port = freeLoopbackPort();
    }

    /** Starts the simulator on the reserved port (blocks; a background thread). Once; not after {@link #close()}. */
    synchronized void start() {
        if (running == null && !closed) {
            running = TrainingSimulator.start(dataDir, tuning, port);
        }
    }

    @Override
    public URI baseUri() {
        return URI.create("http://" + InetAddress.getLoopbackAddress().getHostAddress() + ":" + port + "/");
    }

    @Override
    public synchronized String enrolmentCode(String office, String region) {
        if (running == null) {
            throw new IllegalStateException("the training simulator is not running yet");
        }
        return running.enrolmentCode(office, region);
    }

    @Override
    public synchronized byte[] publisherKey() {
        if (running == null) {
            throw new IllegalStateException("the training simulator is not running yet");
        }
        return running.publisherKey();
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (running != null) {
            running.close();
        }
    }

    /** A port the system gives to nobody else at this moment; the simulator binds it a few seconds later. */
    private static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free loopback port for the training simulator", e);
        }
    }
}
