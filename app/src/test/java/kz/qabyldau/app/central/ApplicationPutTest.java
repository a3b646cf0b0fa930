package kz.qabyldau.app.central;

import static kz.qabyldau.app.central.CentralTestSupport.ALMATY;
import static kz.qabyldau.app.central.SyncClient.example;
import static kz.qabyldau.app.central.SyncClient.exampleWithScans;
import static kz.qabyldau.app.central.SyncClient.json;
import static kz.qabyldau.app.central.SyncClient.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** {@code PUT /sync/1/applications/{uuid}}: idempotent by UUID, scans first, judged by the law core. */
class ApplicationPutTest extends OneDeskTest {

    @Test
    void firstPutCreatesTheRecordWithAReference() throws Exception {
        UUID id = UUID.randomUUID();
        HttpResponse<String> r = desk.putApplication(id, submission(example("permit-issue-accepted", id)));

        assertEquals(201, r.statusCode(), r.body());
        JsonNode body = json(r);
        assertEquals(id.toString(), body.get("applicationId").asText());
        assertTrue(body.get("reference").asText().matches("CS-\\d{4}-\\d{7}"), body.toString());
        assertEquals("RECEIVED", body.get("status").asText());
        assertFalse(body.get("repeated").asBoolean());
    }

    @Test
    void repeatedPutReturnsTheSameReferenceAndKeepsOneRecord() throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode body = submission(example("permit-issue-accepted", id));
        JsonNode first = json(desk.putApplication(id, body));

        HttpResponse<String> again = desk.putApplication(id, body);

        assertEquals(200, again.statusCode(), again.body());
        assertEquals(first.get("reference"), json(again).get("reference"));
        assertEquals(first.get("receivedAt"), json(again).get("receivedAt"));
        assertTrue(json(again).get("repeated").asBoolean());
        assertEquals(1L, central.stats().get("applications"));
    }

    @Test
    void concurrentPutsOfOneApplicationMakeOneRecordAndOneReference() throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode body = submission(example("permit-issue-accepted", id));
        int threads = 12;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> answers = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            Callable<HttpResponse<String>> put = () -> {
                go.await();
                return desk.putApplication(id, body);
            };
            answers.add(pool.submit(put));
        }
        go.countDown();
        Set<String> references = new HashSet<>();
        int created = 0;
        for (Future<HttpResponse<String>> f : answers) {
            HttpResponse<String> r = f.get();
            references.add(json(r).get("reference").asText());
            created += r.statusCode() == 201 ? 1 : 0;
        }
        pool.shutdown();

        assertEquals(1, references.size(), references.toString());
        assertEquals(1, created);
        assertEquals(1L, central.stats().get("applications"));
    }

    @Test
    void keyOrderAndWhitespaceDoNotMakeARepeatDifferent() throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode app = example("permit-issue-accepted", id);
        JsonNode first = json(desk.putApplication(id, submission(app)));
        ObjectNode reordered = SyncClient.JSON.createObjectNode();
        List<String> names = new ArrayList<>();
        app.fieldNames().forEachRemaining(names::add);
        for (int i = names.size() - 1; i >= 0; i--) {
            reordered.set(names.get(i), app.get(names.get(i)));
        }

        HttpResponse<String> again = desk.putApplication(id, submission(reordered));

        assertEquals(200, again.statusCode(), again.body());
        assertEquals(first.get("reference"), json(again).get("reference"));
    }

    @Test
    void sameUuidWithOtherContentIsApplicationDiffers() throws Exception {
        UUID id = UUID.randomUUID();
        JsonNode first = json(desk.putApplication(id, submission(example("permit-issue-accepted", id))));
        ObjectNode changed = example("permit-issue-accepted", id);
        ((ObjectNode) changed.get("fields")).put("request.months", 5);

        HttpResponse<String> r = desk.putApplication(id, submission(changed));

        assertEquals(409, r.statusCode());
        assertEquals("APPLICATION_DIFFERS", json(r).get("code").asText());
        assertEquals(first.get("reference"), json(r).get("reference"));
        assertEquals(1L, central.stats().get("applications"));
    }

    @Test
    void sameUuidFromAnotherOfficeIsApplicationDiffers() throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode body = submission(example("permit-issue-accepted", id));
        desk.putApplication(id, body);

        HttpResponse<String> r = new SyncClient(central.baseUri(), "ALM-01", ALMATY).putApplication(id, body);

        assertEquals(409, r.statusCode());
        assertEquals("APPLICATION_DIFFERS", json(r).get("code").asText());
    }

    @Test
    void applicationNamingScansTheServerLacksIsAConflictListingExactlyTheMissingHashes() throws Exception {
        byte[] held = SyncClient.scanBytes(1, 300);
        byte[] notSent = SyncClient.scanBytes(2, 300);
        desk.putScan(held);
        UUID id = UUID.randomUUID();
        ObjectNode body = submission(exampleWithScans("permit-issue-accepted", id,
                List.of(SyncClient.sha256(held), SyncClient.sha256(notSent))));

        HttpResponse<String> r = desk.putApplication(id, body);

        assertEquals(409, r.statusCode());
        JsonNode error = json(r);
        assertEquals("MISSING_SCANS", error.get("code").asText());
        assertFalse(error.get("retryable").asBoolean());
        assertEquals(List.of(SyncClient.sha256(notSent)),
                SyncClient.JSON.convertValue(error.get("missing"), List.class));
        assertEquals(0L, central.stats().get("applications"));
    }

    @Test
    void afterTheMissingScanIsUploadedTheSamePutIsRecorded() throws Exception {
        byte[] scan = SyncClient.scanBytes(3, 500);
        UUID id = UUID.randomUUID();
        ObjectNode body = submission(exampleWithScans("permit-issue-accepted", id, List.of(SyncClient.sha256(scan))));
        desk.putApplication(id, body);

        desk.putScan(scan);
        HttpResponse<String> r = desk.putApplication(id, body);

        assertEquals(201, r.statusCode(), r.body());
    }

    @Test
    void scansOfAnotherOfficeDoNotCount() throws Exception {
        byte[] scan = SyncClient.scanBytes(4, 200);
        new SyncClient(central.baseUri(), "ALM-01", ALMATY).putScan(scan);
        UUID id = UUID.randomUUID();

        HttpResponse<String> r = desk.putApplication(id, submission(exampleWithScans("permit-issue-accepted", id,
                List.of(SyncClient.sha256(scan)))));

        assertEquals("MISSING_SCANS", json(r).get("code").asText());
    }

    @Test
    void pathUuidDifferentFromTheApplicationIdIsIdMismatch() throws Exception {
        UUID id = UUID.randomUUID();

        HttpResponse<String> r = desk.putApplication(UUID.randomUUID(), submission(example("permit-issue-accepted",
                id)));

        assertEquals(400, r.statusCode());
        assertEquals("ID_MISMATCH", json(r).get("code").asText());
    }

    @Test
    void unknownPropertyIsInvalidApplicationNamingTheField() throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode app = example("permit-issue-accepted", id);
        app.put("colour", "blue");

        HttpResponse<String> r = desk.putApplication(id, submission(app));

        assertEquals(400, r.statusCode());
        assertEquals("INVALID_APPLICATION", json(r).get("code").asText());
        assertEquals("colour", json(r).get("field").asText());
    }

    @Test
    void missingAcceptedAtIsMalformedJson() throws Exception {
        UUID id = UUID.randomUUID();
        ObjectNode body = submission(example("permit-issue-accepted", id));
        body.remove("acceptedAt");

        HttpResponse<String> r = desk.putApplication(id, body);

        assertEquals(400, r.statusCode());
        assertEquals("MALFORMED_JSON", json(r).get("code").asText());
        assertEquals("acceptedAt", json(r).get("field").asText());
    }

    @Test
    void p17_anApplicationTheLawCoreRefusesAtIntakeIsRejectedWithTheReceiptLines() throws Exception {
        UUID id = UUID.randomUUID();

        ObjectNode body = submission(example("permit-issue-refused-medical-expired", id));
        body.put("acceptedAt", "2026-03-16T10:05:00+05:00"); // the example is filed on 2026-03-16

        HttpResponse<String> r = desk.putApplication(id, body);

        assertEquals(422, r.statusCode());
        JsonNode error = json(r);
        assertEquals("APPLICATION_REJECTED", error.get("code").asText());
        assertEquals("REFUSE_INTAKE", error.get("outcome").asText());
        assertEquals("medical-028e", error.get("problems").get(0).get("document").asText());
        assertEquals(0L, central.stats().get("applications"));
    }

    @Test
    void getShowsTheApplicationToItsOfficeOnly() throws Exception {
        UUID id = UUID.randomUUID();
        JsonNode put = json(desk.putApplication(id, submission(example("permit-issue-accepted", id))));

        HttpResponse<String> mine = desk.get("sync/1/applications/" + id);
        HttpResponse<String> theirs = new SyncClient(central.baseUri(), "ALM-01", ALMATY)
                .get("sync/1/applications/" + id);

        assertEquals(200, mine.statusCode());
        assertEquals(put.get("reference"), json(mine).get("reference"));
        assertEquals(404, theirs.statusCode());
        assertEquals("NOT_FOUND", json(theirs).get("code").asText());
    }
}
