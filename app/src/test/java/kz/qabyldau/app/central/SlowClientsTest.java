package kz.qabyldau.app.central;

import static kz.qabyldau.app.central.CentralTestSupport.ASTANA;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.net.SocketException;

/**
 * The probe of issue #11: slow connections that never finish their request used to hold a thread each, forever. Now
 * the workers are bounded and a request not received within the timeout has its connection closed, so the service
 * answers again once they are gone. In a child JVM with a 1 s timeout and 2 workers.
 */
class SlowClientsTest {

    @TempDir
    Path dir;
    Process child;

    @AfterEach
    void kill() throws InterruptedException {
        if (child != null) {
            child.destroyForcibly().waitFor();
        }
    }

    @Test
    void slowRequestsAreCutOffAndTheServiceAnswersAgain() throws Exception {
        Path stderr = dir.resolve("child.err");
        child = CentralChildProcess.start(dir.resolve("central"), 1, stderr);
        String first = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))
                .readLine();
        assertThat(first).as(() -> readQuietly(stderr)).startsWith("port ");
        int port = Integer.parseInt(first.substring("port ".length()));
        List<Socket> slow = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            Socket s = new Socket(InetAddress.getLoopbackAddress(), port);
            s.setSoTimeout(30_000);
            String partial = i % 2 == 0 ? "GET /sync/1/hello HTTP/1.1\r\nHost: x\r\n"
                    : "PUT /sync/1/scans/" + "ab".repeat(32)
                    + " HTTP/1.1\r\nHost: x\r\nContent-Length: 1000\r\n\r\n%PDF-";
            s.getOutputStream().write(partial.getBytes(StandardCharsets.US_ASCII));
            s.getOutputStream().flush();
            slow.add(s);
        }

        for (Socket s : slow) {
            // The server closes each (no answer) once its request has taken longer than the timeout.
            assertEquals(-1, readOrReset(s), "the slow connection is closed");
            s.close();
        }
        SyncClient desk = new SyncClient(URI.create("http://127.0.0.1:" + port + "/"), "AST-03", ASTANA);
        assertEquals(200, desk.get("sync/1/hello").statusCode());
    }

    /** The next byte, or -1 at the end of the stream or when the server reset the connection. */
    private static int readOrReset(Socket s) throws IOException {
        try {
            return s.getInputStream().read();
        } catch (SocketException e) {
            if (String.valueOf(e.getMessage()).contains("reset")) {
                return -1;
            }
            throw e;
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            return "";
        }
    }
}
