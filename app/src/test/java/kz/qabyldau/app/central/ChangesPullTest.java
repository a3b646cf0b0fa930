package kz.qabyldau.app.central;

import static kz.qabyldau.app.central.CentralTestSupport.ALMATY;
import static kz.qabyldau.app.central.SyncClient.example;
import static kz.qabyldau.app.central.SyncClient.json;
import static kz.qabyldau.app.central.SyncClient.submission;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import java.nio.charset.StandardCharsets;

/** {@code GET /sync/1/changes}: an opaque monotonic cursor, every change once, repeatable pages, per office. */
class ChangesPullTest extends OneDeskTest {

    private List<UUID> submit(SyncClient client, int count) throws Exception {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            UUID id = UUID.randomUUID();
            assertEquals(201, client.putApplication(id, submission(example("permit-issue-accepted", id)))
                    .statusCode());
            ids.add(id);
        }
        return ids;
    }

    @Test
    void anEmptyLogGivesNoChangesAndACursor() throws Exception {
        JsonNode page = json(desk.changes(null, 10));

        assertEquals(0, page.get("changes").size());
        assertFalse(page.get("more").asBoolean());
        assertTrue(page.get("next").isTextual());
    }

    @Test
    void pagesDeliverEachDecisionExactlyOnce() throws Exception {
        List<UUID> ids = submit(desk, 5);
        central.decideNow();

        List<String> seen = new ArrayList<>();
        String cursor = null;
        boolean more = true;
        while (more) {
            JsonNode page = json(desk.changes(cursor, 2));
            page.get("changes").forEach(c -> seen.add(c.get("decision").get("applicationId").asText()));
            cursor = page.get("next").asText();
            more = page.get("more").asBoolean();
        }

        assertEquals(5, seen.size());
        assertEquals(Set.copyOf(ids.stream().map(UUID::toString).toList()), new HashSet<>(seen));
        assertEquals(0, json(desk.changes(cursor, 2)).get("changes").size());
    }

    @Test
    void aRepeatedPullWithTheSameCursorReturnsTheSameChanges() throws Exception {
        submit(desk, 3);
        central.decideNow();
        String first = json(desk.changes(null, 2)).get("next").asText();

        HttpResponse<String> once = desk.changes(first, 2);
        HttpResponse<String> twice = desk.changes(first, 2);

        assertEquals(once.body(), twice.body());
        assertEquals(1, json(once).get("changes").size());
    }

    @Test
    void aPullWithNothingNewKeepsTheCursor() throws Exception {
        submit(desk, 1);
        central.decideNow();
        String next = json(desk.changes(null, 10)).get("next").asText();

        JsonNode page = json(desk.changes(next, 10));

        assertEquals(next, page.get("next").asText());
        assertEquals(0, page.get("changes").size());
    }

    @Test
    void newChangesFollowTheCursorOfAnEarlierPull() throws Exception {
        submit(desk, 1);
        central.decideNow();
        String next = json(desk.changes(null, 10)).get("next").asText();
        List<UUID> later = submit(desk, 1);
        central.decideNow();

        JsonNode page = json(desk.changes(next, 10));

        assertEquals(1, page.get("changes").size());
        assertEquals(later.get(0).toString(), page.get("changes").get(0).get("decision").get("applicationId")
                .asText());
        assertNotEquals(next, page.get("next").asText());
    }

    @Test
    void anOfficeNeverSeesAnotherOfficesDecisions() throws Exception {
        SyncClient almaty = new SyncClient(central.baseUri(), "ALM-01", ALMATY);
        List<UUID> mine = submit(desk, 2);
        List<UUID> theirs = submit(almaty, 3);
        central.decideNow();

        JsonNode myPage = json(desk.changes(null, 100));
        JsonNode theirPage = json(almaty.changes(null, 100));

        assertEquals(2, myPage.get("changes").size());
        assertEquals(3, theirPage.get("changes").size());
        myPage.get("changes").forEach(c -> assertTrue(mine.contains(
                UUID.fromString(c.get("decision").get("applicationId").asText()))));
        theirPage.get("changes").forEach(c -> assertTrue(theirs.contains(
                UUID.fromString(c.get("decision").get("applicationId").asText()))));
    }

    private static String bundledRates() throws Exception {
        try (var in = ChangesPullTest.class.getResourceAsStream("/qabyldau/reference/rates.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aReferenceDataBundleReachesEveryOfficeOnce() throws Exception {
        String rates = bundledRates();
        ReferenceBundle bundle = new ReferenceBundle("2026-07-01-rates", LocalDate.of(2026, 7, 1), "MCI from July",
                List.of(ReferenceBundle.File.of("reference/rates.json", rates)));
        central.publishReferenceData(bundle);
        central.publishReferenceData(bundle);

        for (SyncClient office : List.of(desk, new SyncClient(central.baseUri(), "ALM-01", ALMATY))) {
            JsonNode changes = json(office.changes(null, 10)).get("changes");
            assertEquals(1, changes.size());
            JsonNode data = changes.get(0).get("referenceData");
            assertEquals("REFERENCE_DATA", changes.get(0).get("kind").asText());
            assertEquals("2026-07-01", data.get("effectiveFrom").asText());
            assertEquals("reference/rates.json", data.get("files").get(0).get("path").asText());
            assertEquals(SyncClient.sha256(rates.getBytes(StandardCharsets.UTF_8)),
                    data.get("files").get(0).get("sha256").asText());
            assertEquals(rates, data.get("files").get(0).get("text").asText());
        }
    }

    @Test
    void aBundleWithAPathOutsideTheDataRootIsRefused() throws Exception {
        HttpResponse<String> r = desk.admin("POST", "reference-data", """
                {"bundle": "x", "effectiveFrom": "2026-07-01",
                 "files": [{"path": "../../etc/passwd", "text": "x"}]}""");

        assertEquals(400, r.statusCode());
        assertEquals(0L, central.stats().get("referenceData"));
    }

    @Test
    void referenceDataTheLawCoresLoaderRefusesIsNeverPublished() throws Exception {
        HttpResponse<String> r = desk.admin("POST", "reference-data", """
                {"bundle": "broken-rates", "effectiveFrom": "2026-07-01",
                 "files": [{"path": "reference/rates.json", "text": "{\\"mci\\": [{\\"tenge\\": 1}]}"}]}""");

        assertEquals(400, r.statusCode(), r.body());
        assertTrue(json(r).get("message").asText().contains("rates.json"), r.body());
        assertEquals(0L, central.stats().get("referenceData"));
    }

    @Test
    void aCursorThisServerNeverIssuedIsBadCursor() throws Exception {
        for (String bad : List.of("garbage", "c1.zzzzzz")) {
            HttpResponse<String> r = desk.changes(bad, 10);

            assertEquals(400, r.statusCode(), bad);
            assertEquals("BAD_CURSOR", json(r).get("code").asText());
        }
    }

    @Test
    void aLimitOutsideTheAllowedRangeIsBadParameter() throws Exception {
        HttpResponse<String> r = desk.changes(null, SyncApi.MAX_PAGE + 1);

        assertEquals(400, r.statusCode());
        assertEquals("BAD_PARAMETER", json(r).get("code").asText());
    }
}
