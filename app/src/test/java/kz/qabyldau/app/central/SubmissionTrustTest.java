package kz.qabyldau.app.central;

import static kz.qabyldau.app.central.CentralTestSupport.ALMATY;
import static kz.qabyldau.app.central.CentralTestSupport.ASTANA;
import static kz.qabyldau.app.central.SyncClient.example;
import static kz.qabyldau.app.central.SyncClient.json;
import static kz.qabyldau.app.central.SyncClient.submission;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.time.Duration;

/**
 * What the server no longer takes on the client's word (issue #11): dates it can judge, a replay that changed anything,
 * and a conflict that would tell one office about another's application. The server's clock reads 2026-03-02 10:30
 * in Astana; the examples are filed at 10:15 and accepted at 10:21.
 */
class SubmissionTrustTest {

    @TempDir
    Path dir;
    CentralService central;
    SyncClient desk;
    MutableClock clock;

    @BeforeEach
    void start() {
        clock = new MutableClock(Instant.parse("2026-03-02T05:30:00Z"));
        central = CentralService.start(CentralTestSupport.quiet(dir).withClock(clock)
                .withLimits(CentralLimits.defaults()));
        desk = new SyncClient(central.baseUri(), "AST-03", ASTANA);
    }

    @AfterEach
    void stop() {
        central.stop();
    }

    private HttpResponse<String> put(String example, Consumer<ObjectNode> change) throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode body = submission(example(example, id));
        change.accept(body);
        return desk.putApplication(id, body);
    }

    private static void assertOutOfRange(HttpResponse<String> r, String field) {
        assertEquals(422, r.statusCode(), r.body());
        assertEquals("DATE_OUT_OF_RANGE", json(r).get("code").asText());
        assertEquals(field, json(r).get("field").asText());
        assertFalse(json(r).get("retryable").asBoolean());
    }

    @Test
    void theExampleAsItIsIsAccepted() throws Exception {
        assertEquals(201, put("permit-issue-accepted", b -> { }).statusCode());
    }

    @Test
    void anAcceptanceInTheFutureIsRefused() throws Exception {
        assertOutOfRange(put("permit-issue-accepted", b -> b.put("acceptedAt", "2026-03-02T11:00:00+05:00")),
                "acceptedAt");
    }

    @Test
    void anAcceptanceOf1970IsRefused() throws Exception {
        assertOutOfRange(put("permit-issue-accepted", b -> {
            b.put("acceptedAt", "1970-01-01T00:00:00Z");
            ((ObjectNode) b.get("application")).put("filedAt", "1970-01-01T05:00");
        }), "acceptedAt");
    }

    @Test
    void anAcceptanceBeforeTheFilingIsRefused() throws Exception {
        assertOutOfRange(put("permit-issue-accepted", b -> b.put("acceptedAt", "2026-03-02T10:10:00+05:00")),
                "application.filedAt");
    }

    @Test
    void aFilingAfterTheReceiptIsRefused() throws Exception {
        assertOutOfRange(put("permit-issue-accepted", b -> {
            ((ObjectNode) b.get("application")).put("filedAt", "2026-03-02T10:40");
            b.put("acceptedAt", "2026-03-02T10:34:00+05:00");
        }), "application.filedAt");
    }

    @Test
    void theRefusedApplicationBackdatedInFiledAtIsRefusedNotAccepted() throws Exception {
        // The probe of issue #11: the medical certificate of 14.03.2025 is too old when filed on 2026-03-16, not when
        // "filed" on 2026-03-10.
        clock.advance(Duration.ofDays(14));
        HttpResponse<String> honest = put("permit-issue-refused-medical-expired",
                b -> b.put("acceptedAt", "2026-03-16T10:05:00+05:00"));
        HttpResponse<String> backdated = put("permit-issue-refused-medical-expired", b -> {
            b.put("acceptedAt", "2026-03-16T10:05:00+05:00");
            ((ObjectNode) b.get("application")).put("filedAt", "2026-03-10T10:00");
        });

        assertEquals(422, honest.statusCode());
        assertEquals("APPLICATION_REJECTED", json(honest).get("code").asText());
        assertOutOfRange(backdated, "application.filedAt");
        assertEquals(0L, central.stats().get("applications"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"verdict", "clerk", "ticket", "acceptedAt", "application"})
    void aReplayThatChangedAnythingIsAConflictNotARepeat(String key) throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode body = submission(example("permit-issue-accepted", id));
        body.putObject("verdict").put("format", "qabyldau.verdict/1").put("outcome", "ACCEPT");
        JsonNode first = json(desk.putApplication(id, body));
        ObjectNode changed = body.deepCopy();
        switch (key) {
            case "verdict" -> ((ObjectNode) changed.get("verdict")).put("outcome", "REFUSE_INTAKE");
            case "clerk" -> changed.put("clerk", "Басқа адам");
            case "ticket" -> changed.put("ticket", "A-018");
            case "acceptedAt" -> changed.put("acceptedAt", "2026-03-02T10:22:07+05:00");
            default -> ((ObjectNode) changed.get("application").get("fields")).put("request.salary", 1);
        }

        HttpResponse<String> again = desk.putApplication(id, body);
        HttpResponse<String> r = desk.putApplication(id, changed);

        assertEquals(200, again.statusCode(), "the same content is a repeat");
        assertEquals(409, r.statusCode(), r.body());
        assertEquals("APPLICATION_DIFFERS", json(r).get("code").asText());
        assertEquals(first.get("reference"), json(r).get("reference"), "the office's own reference");
    }

    @Test
    void aConflictWithAnotherOfficesApplicationRevealsNothingOfIt() throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode body = submission(example("permit-issue-accepted", id));
        String reference = json(desk.putApplication(id, body)).get("reference").asText();
        SyncClient other = new SyncClient(central.baseUri(), "ALM-01", ALMATY);

        HttpResponse<String> r = other.putApplication(id, body);
        HttpResponse<String> read = other.get("sync/1/applications/" + id);

        assertEquals(409, r.statusCode());
        assertEquals("APPLICATION_DIFFERS", json(r).get("code").asText());
        assertThat(r.body()).doesNotContain(reference, "AST-03", "office", "Каримов");
        assertFalse(json(r).has("reference"));
        assertEquals(404, read.statusCode());
        assertThat(read.body()).doesNotContain(reference, "AST-03");
    }
}
