package kz.qabyldau.app.central;

import static kz.qabyldau.app.central.CentralTestSupport.ASTANA;
import static kz.qabyldau.app.central.SyncClient.example;
import static kz.qabyldau.app.central.SyncClient.exampleWithScans;
import static kz.qabyldau.app.central.SyncClient.json;
import static kz.qabyldau.app.central.SyncClient.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each injected fault behaves as documented (protocol section 5), and retries after any of them are safe. */
class FaultsTest {

    @TempDir
    Path dir;
    CentralService central;
    SyncClient desk;
    final UUID id = UUID.randomUUID();
    ObjectNode body;

    @BeforeEach
    void start() {
        central = CentralService.start(CentralTestSupport.quiet(dir).withHang(Duration.ofSeconds(20))
                .withRefuseFor(Duration.ofMillis(200)));
        desk = new SyncClient(central.baseUri(), "AST-03", ASTANA);
        body = submission(example("permit-issue-accepted", id));
    }

    @AfterEach
    void stop() {
        central.stop();
    }

    @Test
    void error500AnswersInternalRetryableAndDoesNothing() throws Exception {
        central.faults().next(FaultMode.ERROR_500, 1);

        HttpResponse<String> failed = desk.putApplication(id, body);
        long afterFailure = central.stats().get("applications");
        HttpResponse<String> retried = desk.putApplication(id, body);

        assertEquals(500, failed.statusCode());
        assertEquals("INTERNAL", json(failed).get("code").asText());
        assertTrue(json(failed).get("retryable").asBoolean());
        assertEquals(0L, afterFailure);
        assertEquals(201, retried.statusCode());
    }

    @Test
    void hangHoldsTheRequestPastTheClientsTimeoutAndDoesNothing() throws Exception {
        central.faults().next(FaultMode.HANG, 1);
        SyncClient impatient = desk.withTimeout(Duration.ofMillis(300));

        assertThrows(HttpTimeoutException.class, () -> impatient.putApplication(id, body));
        assertEquals(0L, central.stats().get("applications"));
        assertEquals(201, impatient.putApplication(id, body).statusCode());
    }

    @Test
    void dropAfterCommitClosesWithoutAnAnswerButTheApplicationIsRecorded() throws Exception {
        central.faults().next(FaultMode.DROP_AFTER_COMMIT, 1);

        assertThrows(IOException.class, () -> desk.putApplication(id, body));
        assertEquals(1L, central.stats().get("applications"));
        HttpResponse<String> retried = desk.putApplication(id, body);

        assertEquals(200, retried.statusCode());
        assertTrue(json(retried).get("repeated").asBoolean());
        assertEquals(central.applications().get(0).getValue(), json(retried).get("reference").asText());
    }

    @Test
    void dropAfterCommitOfAScanChunkKeepsTheChunk() throws Exception {
        byte[] scan = SyncClient.scanBytes(9, 2000);
        String sha = SyncClient.sha256(scan);
        central.faults().next(FaultMode.DROP_AFTER_COMMIT, 1);

        assertThrows(IOException.class, () -> desk.putChunk(sha, scan, 0, 1000));

        assertEquals("1000", desk.head("sync/1/scans/" + sha).headers().firstValue("Qabyldau-Scan-Received")
                .orElseThrow());
    }

    @Test
    void refusedConnectionsUntilTheListenerReopens() throws Exception {
        central.refuseConnections(Optional.empty());

        assertThrows(ConnectException.class, () -> desk.get("sync/1/hello"));
        central.acceptConnections();
        assertEquals(200, desk.get("sync/1/hello").statusCode());
    }

    @Test
    void theAdminApiSetsAScriptedFaultForTheNextRequests() throws Exception {
        HttpResponse<String> set = desk.admin("POST", "faults", "{\"mode\": \"ERROR_500\", \"count\": 2}");

        int first = desk.get("sync/1/hello").statusCode();
        int second = desk.get("sync/1/hello").statusCode();
        int third = desk.get("sync/1/hello").statusCode();

        assertEquals(200, set.statusCode());
        assertEquals(List.of(500, 500, 200), List.of(first, second, third));
    }

    @Test
    void theAdminApiIsNeverFaultedAndClearsFaults() throws Exception {
        central.faults().always(FaultMode.ERROR_500);

        assertEquals(200, desk.admin("GET", "stats", null).statusCode());
        assertEquals(200, desk.admin("DELETE", "faults", null).statusCode());
        assertEquals(200, desk.get("sync/1/hello").statusCode());
    }

    @Test
    void anUnknownFaultModeIsRefused() throws Exception {
        HttpResponse<String> r = desk.admin("POST", "faults", "{\"mode\": \"EXPLODE\"}");

        assertEquals(400, r.statusCode());
        assertEquals("BAD_PARAMETER", json(r).get("code").asText());
    }

    @Test
    void restartThroughTheAdminApiComesBackWithTheData() throws Exception {
        desk.putApplication(id, body);

        assertEquals(202, desk.admin("POST", "restart", null).statusCode());

        HttpResponse<String> repeat = untilAnswered(() -> desk.putApplication(id, body));
        assertEquals(200, repeat.statusCode());
        assertEquals(1L, central.stats().get("applications"));
    }

    /**
     * A mix of every fault drawn with a fixed seed: a client that simply repeats each call until it is answered
     * leaves every application on the server exactly once, each with the reference of its first record.
     */
    @Test
    void aRandomMixOfFaultsLeavesEveryApplicationExactlyOnce() throws Exception {
        central.faults().random(0.35, 11, List.of(FaultMode.values()));
        SyncClient impatient = desk.withTimeout(Duration.ofMillis(400));
        Map<UUID, String> references = new LinkedHashMap<>();
        for (int i = 0; i < 25; i++) {
            UUID app = UUID.randomUUID();
            byte[] scan = SyncClient.scanBytes(i, 3000);
            untilAnswered(() -> impatient.putScan(scan));
            ObjectNode put = submission(exampleWithScans("permit-issue-accepted", app,
                    List.of(SyncClient.sha256(scan))));
            HttpResponse<String> answer = untilAnswered(() -> impatient.putApplication(app, put));
            references.put(app, json(answer).get("reference").asText());
        }
        central.faults().clear();
        central.acceptConnections();
        central.decideNow();

        assertEquals(25L, central.stats().get("applications"));
        assertEquals(25L, central.stats().get("decisions"));
        Set<String> pulled = new HashSet<>();
        for (JsonNode change : json(desk.changes(null, 100)).get("changes")) {
            JsonNode d = change.get("decision");
            assertEquals(references.get(UUID.fromString(d.get("applicationId").asText())), d.get("reference").asText());
            pulled.add(d.get("applicationId").asText());
        }
        assertEquals(25, pulled.size());
        assertEquals(25, new HashSet<>(references.values()).size());
    }

    interface Call {
        HttpResponse<String> send() throws IOException;
    }

    /** Repeats a call while it fails in a way the protocol says to retry (I/O error, 5xx). */
    private static HttpResponse<String> untilAnswered(Call call) throws IOException {
        IOException last = null;
        for (int attempt = 0; attempt < 5_000; attempt++) {
            try {
                HttpResponse<String> r = call.send();
                if (r.statusCode() < 500) {
                    return r;
                }
            } catch (IOException e) {
                last = e;
            }
        }
        throw new IOException("never answered", last);
    }
}
