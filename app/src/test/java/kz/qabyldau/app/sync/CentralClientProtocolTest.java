package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue #11: a central service that no longer speaks this workstation's protocol answers {@code 400
 * UNSUPPORTED_PROTOCOL} (docs/sync-protocol.md, sections 2 and 4); the client keeps the code, so the Outbox page says
 * "update needed" ({@code OutboxViewModelTest}), and does not retry it as if it might pass later.
 */
class CentralClientProtocolTest {

    private HttpServer newerCentral;
    private final AtomicReference<String> protocolSent = new AtomicReference<>();

    @BeforeEach
    void start() throws IOException {
        newerCentral = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        newerCentral.createContext("/", exchange -> {
            protocolSent.set(exchange.getRequestHeaders().getFirst("Qabyldau-Protocol"));
            exchange.getRequestBody().readAllBytes();
            byte[] body = ("{\"code\":\"UNSUPPORTED_PROTOCOL\",\"message\":\"this server speaks qabyldau.sync/9\","
                    + "\"retryable\":false,\"supported\":[\"qabyldau.sync/9\"]}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json; charset=utf-8");
            exchange.getResponseHeaders().add("Qabyldau-Error", "UNSUPPORTED_PROTOCOL");
            exchange.sendResponseHeaders(400, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        newerCentral.start();
    }

    @AfterEach
    void stop() {
        newerCentral.stop(0);
    }

    @Test
    void aNewerCentralSaysUpdateNeededAndTheClientKeepsTheCode() {
        URI base = URI.create("http://127.0.0.1:" + newerCentral.getAddress().getPort() + "/");
        CentralClient client = new CentralClient(SyncConfig.of(base, "AST-03", "ws-1", "710000000", "token"));

        SyncFailure failure = catchThrowableOfType(client::hello, SyncFailure.class);

        assertThat(protocolSent.get()).isEqualTo(SyncConfig.PROTOCOL);
        assertThat(failure.kind()).isEqualTo(SyncFailure.Kind.REJECTED);
        assertThat(failure.retryable()).isFalse();
        assertThat(failure.code()).isEqualTo("UNSUPPORTED_PROTOCOL");
        assertThat(SyncFailure.codeOf(failure.stored())).isEqualTo("UNSUPPORTED_PROTOCOL");
    }
}
