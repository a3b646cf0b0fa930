package kz.qabyldau.app.central;

import static kz.qabyldau.app.central.CentralTestSupport.ASTANA;
import static kz.qabyldau.app.central.SyncClient.exampleWithScans;
import static kz.qabyldau.app.central.SyncClient.json;
import static kz.qabyldau.app.central.SyncClient.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart (stop + start on the same data) loses nothing: applications, scans, decisions, cursors, numbers. */
class RestartTest {

    @TempDir
    Path dir;
    CentralService central;
    SyncClient desk;
    byte[] scan = SyncClient.scanBytes(1, 4000);
    UUID id = UUID.randomUUID();
    ObjectNode body;
    JsonNode put;

    @BeforeEach
    void startAndFill() throws Exception {
        central = CentralService.start(CentralTestSupport.quiet(dir));
        desk = new SyncClient(central.baseUri(), "AST-03", ASTANA);
        desk.putScan(scan);
        body = submission(exampleWithScans("permit-issue-accepted", id, List.of(SyncClient.sha256(scan))));
        put = json(desk.putApplication(id, body));
    }

    @AfterEach
    void stop() {
        central.stop();
    }

    private void assertNothingLost(SyncClient client, HttpResponse<String> pageBefore) throws Exception {
        HttpResponse<String> repeat = client.putApplication(id, body);
        assertEquals(200, repeat.statusCode());
        assertEquals(put.get("reference"), json(repeat).get("reference"));
        assertEquals("true", client.head("sync/1/scans/" + SyncClient.sha256(scan)).headers()
                .firstValue("Qabyldau-Scan-Complete").orElseThrow());
        assertEquals(pageBefore.body(), client.changes(null, 100).body());
        String cursor = json(pageBefore).get("next").asText();
        assertEquals(0, json(client.changes(cursor, 100)).get("changes").size());
    }

    @Test
    void restartOnTheSamePortKeepsEverything() throws Exception {
        central.decideNow();
        HttpResponse<String> before = desk.changes(null, 100);
        int port = central.port();

        central.restart();

        assertEquals(port, central.port());
        assertNothingLost(desk, before);
    }

    @Test
    void stopAndStartOfANewProcessOnTheSameFolderKeepsEverything() throws Exception {
        central.decideNow();
        HttpResponse<String> before = desk.changes(null, 100);
        central.stop();
        central = CentralService.start(CentralTestSupport.quiet(dir));

        assertNothingLost(new SyncClient(central.baseUri(), "AST-03", ASTANA), before);
    }

    @Test
    void anApplicationWaitingForItsDecisionIsDecidedAfterTheRestart() throws Exception {
        central.restart();

        int decided = central.decideNow();

        assertEquals(1, decided);
        assertEquals("DECIDED", json(desk.get("sync/1/applications/" + id)).get("status").asText());
    }

    @Test
    void numbersContinueAfterARestart() throws Exception {
        central.decideNow();
        central.restart();
        UUID next = UUID.randomUUID();
        desk.putApplication(next, submission(SyncClient.example("permit-issue-accepted", next)));
        central.decideNow();

        JsonNode decision = json(desk.get("sync/1/applications/" + next)).get("decision");

        assertEquals("RP-71-2026-000002", decision.get("permit").get("number").asText().replaceAll("-\\d{4}-",
                "-2026-"));
    }

    @Test
    void aSecondServiceOnTheSameFolderIsRefusedWhileTheFirstRuns() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> CentralService.start(CentralTestSupport.quiet(dir)));

        assertTrue(e.getMessage().contains("in use"), e.getMessage());
    }

    @Test
    void aStoppedServiceRefusesConnections() {
        central.stop();

        assertThrows(IOException.class, () -> desk.get("sync/1/hello"));
    }
}
