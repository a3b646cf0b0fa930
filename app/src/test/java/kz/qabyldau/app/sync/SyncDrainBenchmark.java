package kz.qabyldau.app.sync;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.central.CentralTestSupport;

/**
 * Benchmark (not a test): a workstation offline for a "week" drains its outbox into the simulated central
 * service over loopback. Arguments: {@code [applications=1000] [scansEach=3] [scanBytes=65536] [folder]}.
 * Prints the setup time (accepting through the store, not measured) and the drain's time and throughput.
 * See docs/benchmarks.md, "Sync".
 */
public final class SyncDrainBenchmark {

    private SyncDrainBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int apps = args.length > 0 ? Integer.parseInt(args[0]) : 1000;
        int scans = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int scanBytes = args.length > 2 ? Integer.parseInt(args[2]) : 65_536;
        boolean keep = args.length > 3;
        Path dir = keep ? Path.of(args[3]) : Files.createTempDirectory("sync-bench");
        // Enrolled, as every workstation is: each request signed, each application with its detached signature;
        // -Dqabyldau.bench.signed=false runs the unsigned (token) client of before, for comparison.
        boolean signed = !"false".equals(System.getProperty("qabyldau.bench.signed"));
        try (CentralService central = CentralService.start(CentralConfig.defaults(dir.resolve("central"), 0)
                .withLimits(CentralTestSupport.exampleDates())
                .withDecisionDelay(Duration.ofHours(1)).withRates(0.2, 0).withSignedRequestsOnly(signed));
             Desk desk = signed ? Desk.enrolled(dir.resolve("desk"), central, "AST-03", Duration.ofSeconds(30), 1 << 20)
                     : new Desk(dir.resolve("desk"), central.baseUri(), "AST-03", Duration.ofSeconds(30), 1 << 20)) {
            System.out.printf("client: %s%n", signed ? "enrolled, every request and application signed" : "unsigned");
            long t0 = System.nanoTime();
            desk.accept(apps, scans, scanBytes);
            long t1 = System.nanoTime();
            System.out.printf("setup: %d applications × %d scans of %d bytes accepted in %.1f s%n", apps, scans,
                    scanBytes, (t1 - t0) / 1e9);
            long d0 = System.nanoTime();
            int rounds = desk.drain(10);
            long d1 = System.nanoTime();
            double seconds = (d1 - d0) / 1e9;
            System.out.printf("drain: %d applications + %d scans (%.1f MB) in %.2f s (%d round(s)): "
                    + "%.0f applications/s, %.1f MB/s; on the server: %s%n",
                    apps, apps * scans, apps * (double) scans * scanBytes / 1e6, seconds, rounds, apps / seconds,
                    apps * (double) scans * scanBytes / 1e6 / seconds,
                    central.stats());
            long p0 = System.nanoTime();
            central.decideNow();
            long p1 = System.nanoTime();
            SyncWorker.Report r = desk.worker.syncOnce();
            long p2 = System.nanoTime();
            System.out.printf("decisions: server decided in %.1f s; pulled and applied %d decisions in %.2f s%n",
                    (p1 - p0) / 1e9, r.decisions(), (p2 - p1) / 1e9);
        } finally {
            if (!keep) {
                try (Stream<Path> files = Files.walk(dir)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
            }
        }
    }
}
