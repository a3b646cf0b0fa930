package kz.qabyldau.app.central;

import static kz.qabyldau.app.central.CentralTestSupport.ASTANA;
import static kz.qabyldau.app.central.SyncClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.stream.Stream;

/** Plain HTTP on loopback only; every request identifies its office, workstation, region and token. */
class LoopbackAndIdentityTest {

    @TempDir
    Path dir;
    CentralService central;

    @AfterEach
    void stop() {
        if (central != null) {
            central.stop();
        }
    }

    private SyncClient desk() {
        if (central == null) {
            central = CentralService.start(CentralTestSupport.quiet(dir));
        }
        return new SyncClient(central.baseUri(), "AST-03", ASTANA);
    }

    @Test
    void aNonLoopbackBindIsRefused() throws Exception {
        CentralConfig everywhere = CentralTestSupport.quiet(dir).withBindAddress(InetAddress.getByName("0.0.0.0"));

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CentralService.start(everywhere));

        assertTrue(e.getMessage().contains("loopback only"), e.getMessage());
    }

    @Test
    void itListensOn127001() {
        desk();

        assertEquals("127.0.0.1", central.baseUri().getHost());
    }

    @Test
    void helloNamesTheProtocolTheCallerAndTheLimits() throws Exception {
        HttpResponse<String> r = desk().get("sync/1/hello");

        assertEquals(200, r.statusCode());
        assertEquals("qabyldau.sync/1", json(r).get("protocol").asText());
        assertEquals("AST-03", json(r).get("office").asText());
        assertEquals(SyncApi.MAX_CHUNK_BYTES, json(r).get("maxChunkBytes").asInt());
        assertTrue(json(r).get("serverTime").asText().endsWith("+05:00"), json(r).get("serverTime").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Qabyldau-Protocol", "Qabyldau-Office", "Qabyldau-Workstation", "Qabyldau-Region"})
    void aMissingIdentificationHeaderIsMissingIdentityNamingIt(String header) throws Exception {
        SyncClient desk = desk();
        HttpRequest.Builder request = HttpRequest.newBuilder(central.baseUri().resolve("sync/1/hello"));
        for (String h : new String[] {"Qabyldau-Protocol", "Qabyldau-Office", "Qabyldau-Workstation",
                "Qabyldau-Region"}) {
            if (!h.equals(header)) {
                request.header(h, desk.request("sync/1/hello").build().headers().firstValue(h).orElseThrow());
            }
        }
        request.header("Authorization", "Bearer token");

        HttpResponse<String> r = desk.send(request.build());

        assertEquals(400, r.statusCode());
        assertEquals("MISSING_IDENTITY", json(r).get("code").asText());
        assertEquals(header, json(r).get("header").asText());
    }

    @Test
    void anotherProtocolVersionIsUnsupported() throws Exception {
        SyncClient desk = desk();

        HttpResponse<String> r = desk.send(desk.request("sync/1/hello").setHeader("Qabyldau-Protocol",
                "qabyldau.sync/2").build());

        assertEquals(400, r.statusCode());
        assertEquals("UNSUPPORTED_PROTOCOL", json(r).get("code").asText());
        assertEquals("qabyldau.sync/1", json(r).get("supported").get(0).asText());
    }

    @Test
    void aRegionThatIsNotAKatoCodeIsMissingIdentity() throws Exception {
        SyncClient desk = desk();

        HttpResponse<String> r = desk.send(desk.request("sync/1/hello").setHeader("Qabyldau-Region", "Astana")
                .build());

        assertEquals("MISSING_IDENTITY", json(r).get("code").asText());
    }

    @Test
    void withoutATokenTheAnswerIsUnauthorized() throws Exception {
        SyncClient desk = desk();

        HttpResponse<String> r = desk.send(HttpRequest.newBuilder(central.baseUri().resolve("sync/1/hello"))
                .headers(desk.request("x").build().headers().map().entrySet().stream()
                        .filter(e -> !e.getKey().equalsIgnoreCase("Authorization"))
                        .flatMap(e -> Stream.of(e.getKey(), e.getValue().get(0)))
                        .toArray(String[]::new)).build());

        assertEquals(401, r.statusCode());
        assertEquals("UNAUTHORIZED", json(r).get("code").asText());
    }

    @Test
    void aConfiguredTokenIsTheOnlyOneAccepted() throws Exception {
        central = CentralService.start(CentralTestSupport.quiet(dir).withToken("s3cr3t"));
        SyncClient desk = new SyncClient(central.baseUri(), "AST-03", ASTANA);

        assertEquals(401, desk.withToken("guess").get("sync/1/hello").statusCode());
        assertEquals(200, desk.withToken("s3cr3t").get("sync/1/hello").statusCode());
    }

    @Test
    void anUnknownCallIsNotFoundAsJson() throws Exception {
        HttpResponse<String> r = desk().get("sync/1/nothing-here");

        assertEquals(404, r.statusCode());
        assertEquals("NOT_FOUND", json(r).get("code").asText());
    }

    @Test
    void aWrongMethodIsMethodNotAllowedListingTheAllowedOnes() throws Exception {
        SyncClient desk = desk();

        HttpResponse<String> r = desk.send(desk.request("sync/1/hello").DELETE().build());

        assertEquals(405, r.statusCode());
        assertEquals("GET", json(r).get("allowed").get(0).asText());
    }

    @Test
    void requestsAreNotDelayedByNagle() throws Exception {
        // docs/decisions/0003: without TCP_NODELAY each loopback request costs ~45 ms; 40 of them would take ~1.8 s.
        SyncClient desk = desk();
        desk.get("sync/1/hello");
        long start = System.nanoTime();
        for (int i = 0; i < 40; i++) {
            desk.send(desk.request("sync/1/scans/" + "ab".repeat(32)).header("Content-Type", "application/pdf")
                    .PUT(HttpRequest.BodyPublishers.ofByteArray(new byte[] {1})).build());
        }
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertTrue(millis < 1_200, "40 PUTs took " + millis + " ms");
    }
}
