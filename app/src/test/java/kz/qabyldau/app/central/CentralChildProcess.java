package kz.qabyldau.app.central;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulator in its own JVM for {@link SlowClientsTest}: the JDK server's request timeout is read once per JVM, so
 * a short one is tried in a child rather than in the tests' JVM. Prints {@code port N}, then runs until killed.
 */
public final class CentralChildProcess {

    static final int WORKERS = 2;

    private CentralChildProcess() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        CentralService central = CentralService.start(CentralTestSupport.quiet(Path.of(args[0]))
                .withLimits(CentralTestSupport.exampleDates().withWorkerThreads(WORKERS)));
        out.println("port " + central.port());
        Thread.currentThread().join(); // until the parent kills us
    }

    /** Starts the child with a request timeout of {@code timeoutSeconds}; its stderr goes to {@code stderrFile}. */
    static Process start(Path dataDir, int timeoutSeconds, Path stderrFile) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-D" + CentralService.REQUEST_TIMEOUT_PROPERTY + "=" + timeoutSeconds);
        command.add("-Dsun.net.httpserver.timerMillis=100");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(CentralChildProcess.class.getName());
        command.add(dataDir.toString());
        return new ProcessBuilder(command).redirectError(stderrFile.toFile()).start();
    }
}
