package kz.qabyldau.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.config.LaunchOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code central --port N --data DIR …}: runs the simulator; bad options are a usage error, never a trace. */
class CentralCommandTest {

    @TempDir
    Path dir;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Consumer<CentralService> whileRunning, String... args) {
        List<String> list = new ArrayList<>(List.of(args));
        return new CentralCommand(whileRunning).run(list, LaunchOptions.defaults(),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @Test
    void itIsRegisteredAsACommand() {
        assertTrue(Commands.find("central").isPresent());
    }

    @Test
    void itServesTheProtocolUntilStoppedAndKeepsItsDataInTheFolder() throws Exception {
        AtomicInteger status = new AtomicInteger();
        Path data = dir.resolve("central");

        int exit = run(service -> status.set(hello(service.baseUri())), "--port", "0", "--data", data.toString(),
                "--decision-delay", "0", "--refuse-rate", "0.5", "--seed", "7");

        assertEquals(0, exit, err.toString(StandardCharsets.UTF_8));
        assertEquals(200, status.get());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("listening on http://127.0.0.1:"), out.toString());
        assertTrue(Files.exists(data.resolve("central.db")));
    }

    private static int hello(URI base) {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(base.resolve("sync/1/hello"))
                    .header("Qabyldau-Protocol", "qabyldau.sync/1").header("Qabyldau-Office", "AST-03")
                    .header("Qabyldau-Workstation", "ws1").header("Qabyldau-Region", "710000000")
                    .header("Authorization", "Bearer t").build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        } catch (Exception e) {
            return -1;
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--data DIR                                       | --port is required",
            "--port 0                                         | --data DIR is required",
            "--port 70000 --data DIR                          | --port: '70000' is not a whole number",
            "--port 0 --data DIR --decision-delay 5parsecs    | is not a duration",
            "--port 0 --data DIR --refuse-rate 1.5            | not a share between 0 and 1",
            "--port 0 --data DIR --colour blue                | unknown option --colour",
            "--port 0 --data DIR --seed                       | --seed needs a value",
            "--port 0 --data DIR --bind 0.0.0.0               | loopback only",
            "--port 0 --data DIR --bind example.org           | literal loopback address"})
    void badOptionsAreAUsageErrorWithAMessage(String args, String message) {
        String[] words = args.strip().replace("DIR", dir.toString()).split("\\s+");

        int exit = run(service -> { }, words);

        assertEquals(2, exit);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains(message), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aPortInUseIsACleanStartFailure() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int exit = run(service -> { }, "--port", String.valueOf(taken.getLocalPort()), "--data", dir.toString());

            assertEquals(1, exit);
            assertTrue(err.toString(StandardCharsets.UTF_8).contains("cannot start"), err.toString());
            assertTrue(!err.toString(StandardCharsets.UTF_8).contains("\tat "), "no stack trace");
        }
    }
}
