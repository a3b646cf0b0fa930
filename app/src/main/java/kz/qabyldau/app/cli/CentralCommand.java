package kz.qabyldau.app.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.central.DurationText;
import kz.qabyldau.app.config.LaunchOptions;

/**
 * {@code central --port N --data DIR [--decision-delay 5s] [--refuse-rate 0.2] [--revoke-rate 0.02] [--seed 42]
 * [--token T] [--bind 127.0.0.1] [--admin-credential-file FILE]}: runs the simulated central service until the
 * process is stopped, so that several workstations can sync with one "central" ({@code docs/sync-protocol.md},
 * section 5).
 */
public final class CentralCommand implements Command {

    static final int INPUT_ERROR = 2;
    static final int CANNOT_START = 1;

    private final Consumer<CentralService> running;

    /** The command as the launcher runs it: it blocks until the JVM is asked to stop (Ctrl+C, SIGTERM). */
    public CentralCommand() {
        this(CentralCommand::untilShutdown);
    }

    /** @param running what to do while the service runs; the service stops when it returns */
    CentralCommand(Consumer<CentralService> running) {
        this.running = running;
    }

    @Override
    public String name() {
        return "central";
    }

    @Override
    public String summary() {
        return "run the simulated central service on this computer (training, demonstrations)";
    }

    @Override
    public String usage() {
        return """
                Usage: qabyldau central --port N --data DIR [--decision-delay 5s] [--refuse-rate 0.2]
                                        [--revoke-rate 0.02] [--seed 42] [--token T] [--bind 127.0.0.1]
                                        [--admin-credential-file FILE]

                Runs the simulated central service (protocol qabyldau.sync/1, see docs/sync-protocol.md) on
                loopback until stopped with Ctrl+C. Workstations use http://127.0.0.1:N/ as the central address.

                  --port N               TCP port (0 = any free port, printed at start)
                  --data DIR             folder of the service's own database (central.db), created if missing
                  --decision-delay D     time from receipt to decision: 0, 500ms, 5s, 2m (default 5s)
                  --refuse-rate R        share refused on grounds the desk cannot check, 0..1 (default 0.2)
                  --revoke-rate R        share of issued permits revoked later, 0..1 (default 0.02)
                  --seed S               makes refusals and revocations reproducible (default 42)
                  --token T              accept only this bearer token (default: any non-blank token)
                  --bind ADDRESS         a loopback address (default 127.0.0.1); others are refused
                  --admin-credential-file FILE
                                         turns the admin API (/admin/) on: its first line is the credential
                                         callers send as 'Authorization: Bearer ...' (default: admin API off)

                Every request is written to the access log (logger kz.qabyldau.central.access): who, what,
                result, never a body.

                Exit status: 0 stopped, 2 usage error, 1 cannot start (port taken, data folder unusable).
                """;
    }

    @Override
    public int run(List<String> args, LaunchOptions options, PrintStream out, PrintStream err) {
        CentralConfig config;
        try {
            config = parse(args);
        } catch (IllegalArgumentException e) {
            err.println("qabyldau central: " + e.getMessage());
            err.println("Try 'qabyldau central --help'.");
            return INPUT_ERROR;
        }
        CentralService service;
        try {
            service = CentralService.start(config);
        } catch (IllegalArgumentException e) {
            err.println("qabyldau central: " + e.getMessage());
            return INPUT_ERROR;
        } catch (UncheckedIOException | IllegalStateException e) {
            err.println("qabyldau central: cannot start: " + e.getMessage());
            return CANNOT_START;
        }
        out.println("qabyldau central: listening on " + service.baseUri() + " (protocol qabyldau.sync/1), data in "
                + config.dataDir().toAbsolutePath());
        out.println("qabyldau central: decision delay " + config.decisionDelay().toMillis() + " ms, refuse rate "
                + config.refuseRate() + ", revoke rate " + config.revokeRate() + ", seed " + config.seed()
                + "; Ctrl+C stops");
        out.flush();
        try {
            running.accept(service);
        } finally {
            service.stop();
        }
        out.println("qabyldau central: stopped");
        return 0;
    }

    static CentralConfig parse(List<String> args) {
        Integer port = null;
        Path data = null;
        Duration delay = Duration.ofSeconds(5);
        double refuse = 0.2;
        double revoke = 0.02;
        long seed = 42;
        String token = null;
        InetAddress bind = InetAddress.getLoopbackAddress();
        String adminCredential = null;
        for (int i = 0; i < args.size(); i++) {
            String option = args.get(i);
            if (!option.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + option + "'");
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(option + " needs a value");
            }
            String value = args.get(++i);
            switch (option) {
                case "--port" -> port = number(option, value, 0, 65_535);
                case "--data" -> data = Path.of(value);
                case "--decision-delay" -> delay = DurationText.parse(value);
                case "--refuse-rate" -> refuse = rate(option, value);
                case "--revoke-rate" -> revoke = rate(option, value);
                case "--seed" -> seed = number(option, value, Integer.MIN_VALUE, Integer.MAX_VALUE);
                case "--token" -> token = value;
                case "--bind" -> bind = address(value);
                case "--admin-credential-file" -> adminCredential = credential(Path.of(value));
                default -> throw new IllegalArgumentException("unknown option " + option);
            }
        }
        if (port == null) {
            throw new IllegalArgumentException("--port is required (0 picks a free port)");
        }
        if (data == null) {
            throw new IllegalArgumentException("--data DIR is required (the service's own database lives there)");
        }
        return CentralConfig.defaults(data, port).withBindAddress(bind).withDecisionDelay(delay)
                .withRates(refuse, revoke).withSeed(seed).withToken(token).withAdminCredential(adminCredential);
    }

    /** The first line of the file: a secret is never given on the command line (every process could read it). */
    private static String credential(Path file) {
        try {
            String line = Files.readAllLines(file, StandardCharsets.UTF_8).stream().findFirst().orElse("").strip();
            if (line.length() < 16) {
                throw new IllegalArgumentException("--admin-credential-file: the credential in " + file
                        + " must have at least 16 characters");
            }
            return line;
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalArgumentException("--admin-credential-file: cannot read " + file);
        }
    }

    private static int number(String option, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value);
            if (n < min || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a whole number in " + min + "…"
                    + max);
        }
    }

    private static double rate(String option, String value) {
        try {
            double r = Double.parseDouble(value);
            if (!(r >= 0 && r <= 1)) {
                throw new NumberFormatException();
            }
            return r;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + ": '" + value + "' is not a share between 0 and 1");
        }
    }

    private static InetAddress address(String value) {
        // Only literal addresses: a name would be resolved (blocking, spoofable) just to be refused.
        if (!value.matches("[0-9.]+|[0-9a-fA-F:]+")) {
            throw new IllegalArgumentException("--bind: give a literal loopback address such as 127.0.0.1");
        }
        try {
            return InetAddress.getByName(value);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("--bind: '" + value + "' is not an address");
        }
    }

    private static void untilShutdown(CentralService service) {
        CountDownLatch stop = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.stop();
            stop.countDown();
        }, "central-shutdown"));
        try {
            stop.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
