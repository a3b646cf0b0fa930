package kz.qabyldau.app.central;

import static kz.qabyldau.app.central.CentralTestSupport.ALMATY;
import static kz.qabyldau.app.central.CentralTestSupport.ASTANA;
import static kz.qabyldau.app.central.SyncClient.json;
import static kz.qabyldau.app.central.SyncClient.sha256;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import java.util.Optional;

/**
 * The central service's own hygiene, probed on loopback as a local process or a careless office would (issue #11):
 * the admin API, the access log, scans whose bytes are not what they claim, quotas and abandoned uploads.
 */
class CentralHygieneTest {

    @TempDir
    Path dir;
    CentralService central;
    final List<AccessLog.Entry> log = new CopyOnWriteArrayList<>();
    final MutableClock clock = new MutableClock(Instant.parse("2026-03-02T05:30:00Z"));

    @AfterEach
    void stop() {
        if (central != null) {
            central.stop();
        }
    }

    private SyncClient start(UnaryOperator<CentralConfig> config) {
        central = CentralService.start(config.apply(CentralTestSupport.quiet(dir).withClock(clock)
                .withAccessLog(log::add)));
        return new SyncClient(central.baseUri(), "AST-03", ASTANA);
    }

    private HttpResponse<String> admin(SyncClient desk, String authorization) throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(central.baseUri().resolve("admin/revoke"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"permitNumber\": \"RP-71-2026-000001\"}"));
        if (authorization != null) {
            r.header("Authorization", authorization);
        }
        return desk.send(r.build());
    }

    // ---------------------------------------------------------------- /admin

    @Test
    void theAdminApiIsOffUnlessACredentialIsConfigured() throws Exception {
        SyncClient desk = start(c -> c.toBuilder().adminCredential(Optional.empty()).build());

        HttpResponse<String> r = desk.admin("GET", "stats", null);

        assertEquals(404, r.statusCode());
        assertEquals("NOT_FOUND", json(r).get("code").asText());
    }

    @Test
    void theAdminApiRefusesCallsWithoutOrWithAWrongCredential() throws Exception {
        SyncClient desk = start(c -> c);

        assertEquals(401, admin(desk, null).statusCode());
        assertEquals("UNAUTHORIZED", json(admin(desk, null)).get("code").asText());
        assertEquals(401, admin(desk, "Bearer " + CentralTestSupport.ADMIN + "x").statusCode());
        assertEquals(401, admin(desk, "Bearer token").statusCode(), "a workstation's token is no admin credential");
        assertEquals(401, desk.send(HttpRequest.newBuilder(central.baseUri().resolve("admin/reference-data"))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build()).statusCode());
        assertEquals(404, admin(desk, "Bearer " + CentralTestSupport.ADMIN).statusCode(),
                "with the credential the call runs (no such permit)");
    }

    // ---------------------------------------------------------------- access log

    private void awaitEntries(int count) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (log.size() < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
    }

    @Test
    void everyRequestIsLoggedWithWhoWhatAndResultButNoPersonalDataOrSecret() throws Exception {
        SyncClient desk = start(c -> c);
        UUID id = UUID.randomUUID();
        desk.get("sync/1/hello");
        desk.putApplication(id, SyncClient.submission(SyncClient.example("permit-issue-accepted", id)));
        desk.withToken("").get("sync/1/hello");
        desk.admin("GET", "stats", null);
        admin(desk, "Bearer wrong-credential");
        // The filter records a request once its answer has gone out: the client may read it first.
        awaitEntries(5);

        assertThat(log).extracting(e -> e.line().replaceAll(" \\d+ms$", "")).containsExactly(
                "AST-03/AST-03-ws1 GET /sync/1/hello 200 -",
                "AST-03/AST-03-ws1 PUT /sync/1/applications/" + id + " 201 -",
                "- GET /sync/1/hello 401 UNAUTHORIZED",
                "admin GET /admin/stats 200 -",
                "- POST /admin/revoke 401 UNAUTHORIZED");
        String all = String.join("\n", log.stream().map(AccessLog.Entry::line).toList());
        assertThat(all).doesNotContain("Сейтқали", "A-017", "Каримов", "KARIMOV", CentralTestSupport.ADMIN,
                "wrong-credential", "token", "Bearer");
    }

    // ---------------------------------------------------------------- scans: type, quota, expiry

    @Test
    void aScanWhoseBytesAreNotWhatItsContentTypeSaysIsRefused() throws Exception {
        SyncClient desk = start(c -> c);
        byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = SyncClient.scanBytes(1, 200);
        byte[] png = new byte[64];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'}, 0, png, 0, 8);
        byte[] jpeg = new byte[64];
        System.arraycopy(new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}, 0, jpeg, 0, 4);

        assertEquals(415, put(desk, html, "application/pdf").statusCode());
        assertEquals("UNSUPPORTED_MEDIA_TYPE", json(put(desk, html, "application/pdf")).get("code").asText());
        assertEquals(415, put(desk, pdf, "image/png").statusCode());
        assertEquals(415, put(desk, png, "image/jpeg").statusCode());
        assertEquals(201, put(desk, pdf, "application/pdf").statusCode());
        assertEquals(201, put(desk, png, "image/png").statusCode());
        assertEquals(201, put(desk, jpeg, "image/jpeg").statusCode());
        assertEquals("0", desk.head("sync/1/scans/" + sha256(html)).headers()
                .firstValue("Qabyldau-Scan-Received").orElseThrow());
    }

    private static HttpResponse<String> put(SyncClient desk, byte[] bytes, String type) throws Exception {
        return desk.send(desk.request("sync/1/scans/" + sha256(bytes)).header("Content-Type", type)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    @Test
    void anOfficeCannotHoldMoreScanBytesThanItsQuotaAndOtherOfficesAreNotAffected() throws Exception {
        SyncClient desk = start(c -> c.withLimits(c.limits().withOfficeQuotaBytes(1_000)));
        byte[] first = SyncClient.scanBytes(1, 600);
        byte[] second = SyncClient.scanBytes(2, 600);

        assertEquals(201, desk.putScan(first).statusCode());
        HttpResponse<String> over = desk.putScan(second);
        HttpResponse<String> partial = desk.putChunk(sha256(second), second, 0, 300);
        HttpResponse<String> elsewhere = new SyncClient(central.baseUri(), "ALM-01", ALMATY).putScan(second);

        assertEquals(413, over.statusCode());
        assertEquals("QUOTA_EXCEEDED", json(over).get("code").asText());
        assertEquals(1_000, json(over).get("limit").asLong());
        assertEquals(202, partial.statusCode(), "300 more bytes still fit");
        assertEquals(413, desk.putChunk(sha256(second), second, 300, 300).statusCode());
        assertEquals(201, elsewhere.statusCode());
    }

    @Test
    void aPartialUploadNotContinuedExpiresAndItsBytesNoLongerCount() throws Exception {
        SyncClient desk = start(c -> c.withLimits(c.limits().withOfficeQuotaBytes(1_000)
                .withPartialUploadExpiry(Duration.ofHours(24))));
        byte[] abandoned = SyncClient.scanBytes(1, 900);
        byte[] fresh = SyncClient.scanBytes(2, 900);
        byte[] complete = SyncClient.scanBytes(3, 90);
        desk.putChunk(sha256(abandoned), abandoned, 0, 500);
        assertEquals(201, desk.putScan(complete).statusCode());
        clock.advance(Duration.ofHours(23));
        assertEquals(0, central.expirePartialUploads(), "not yet a day");
        assertEquals(413, desk.putChunk(sha256(fresh), fresh, 0, 500).statusCode(), "the abandoned bytes count");

        clock.advance(Duration.ofHours(2));

        assertEquals(1, central.expirePartialUploads());
        assertEquals("0", desk.head("sync/1/scans/" + sha256(abandoned)).headers()
                .firstValue("Qabyldau-Scan-Received").orElseThrow());
        assertEquals("true", desk.head("sync/1/scans/" + sha256(complete)).headers()
                .firstValue("Qabyldau-Scan-Complete").orElseThrow(), "complete scans stay");
        assertEquals(202, desk.putChunk(sha256(fresh), fresh, 0, 500).statusCode());
    }
}
