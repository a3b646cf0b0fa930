package kz.qabyldau.app.central;

import static kz.qabyldau.app.central.CentralTestSupport.ALMATY;
import static kz.qabyldau.app.central.CentralTestSupport.ASTANA;
import static kz.qabyldau.app.central.SyncClient.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import kz.qabyldau.app.sync.SubmissionSignature;
import kz.qabyldau.app.sync.WorkstationKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.security.MessageDigest;

/**
 * Enrolment and signed requests, probed as issue #11 did (loopback, the real simulator, unsigned requests refused):
 * a forged office header, a request signed with another workstation's key, a replayed nonce, a request outside the
 * clock window, a body changed after signing, a used enrolment code, a pushed application without its detached
 * signature or with another's, a signed replay with changed content — each refused with its documented error.
 */
class SignedRequestsTest {

    @TempDir
    Path dir;
    CentralService central;
    MutableClock clock = new MutableClock(Instant.parse("2026-03-02T05:30:00Z"));
    SyncClient http;

    @BeforeEach
    void start() {
        central = CentralService.start(CentralTestSupport.quiet(dir).withClock(clock).withSignedRequestsOnly(true));
        http = new SyncClient(central.baseUri(), "AST-03", ASTANA);
    }

    @AfterEach
    void stop() {
        central.stop();
    }

    /** An enrolled workstation of a test: its key pair and key id. */
    private record Enrolled(KeyPair keys, WorkstationKey key) {
    }

    private HttpResponse<String> enrol(String code, String workstation, KeyPair keys) throws Exception {
        String body = SyncClient.JSON.writeValueAsString(Map.of("code", code, "workstation", workstation,
                "publicKey", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())));
        return http.send(HttpRequest.newBuilder(central.baseUri().resolve("sync/1/enrol"))
                .header("Qabyldau-Protocol", "qabyldau.sync/1")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    private Enrolled enrolled(String office, String region, String workstation) throws Exception {
        KeyPair keys = WorkstationKey.generate();
        HttpResponse<String> r = enrol(central.issueEnrolmentCode(office, region), workstation, keys);
        assertEquals(201, r.statusCode(), r.body());
        return new Enrolled(keys, new WorkstationKey(json(r).get("keyId").asText(), keys.getPrivate()));
    }

    /** A request signed by {@code key} at {@code created}, with the given body. */
    private HttpRequest.Builder signed(WorkstationKey key, String method, String path, byte[] body, Instant created) {
        URI uri = central.baseUri().resolve(path);
        WorkstationKey.SignedHeaders s = key.sign(method, uri.getRawPath(), uri.getRawQuery(), body,
                created.getEpochSecond());
        return HttpRequest.newBuilder(uri).method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Qabyldau-Protocol", "qabyldau.sync/1")
                .header("Content-Digest", s.contentDigest())
                .header("Signature-Input", s.signatureInput())
                .header("Signature", s.signature());
    }

    private HttpRequest.Builder signed(WorkstationKey key, String method, String path, byte[] body) {
        return signed(key, method, path, body, clock.instant());
    }

    /** The body with the detached signature of {@code key} over its content (section 3.3), as bytes to send. */
    private static byte[] signedBody(WorkstationKey key, ObjectNode body) {
        return SubmissionSignature.sign(body.deepCopy(), key).toString().getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> put(Enrolled by, UUID id, byte[] body) throws Exception {
        return http.send(signed(by.key(), "PUT", "sync/1/applications/" + id, body).build());
    }

    private static void assertRefused(HttpResponse<String> r, int status, String code) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(code, json(r).get("code").asText());
    }

    @Test
    void anEnrolledWorkstationIsKnownByItsKeyAlone() throws Exception {
        Enrolled a = enrolled("AST-03", ASTANA, "ws-1");

        HttpResponse<String> r = http.send(signed(a.key(), "GET", "sync/1/hello", new byte[0]).build());

        assertEquals(200, r.statusCode(), r.body());
        assertEquals("AST-03", json(r).get("office").asText());
        assertEquals("ws-1", json(r).get("workstation").asText());
    }

    @Test
    void anUnsignedRequestIsRefusedWhateverItsHeadersAndToken() throws Exception {
        assertRefused(http.get("sync/1/hello"), 401, "SIGNATURE_REQUIRED");
    }

    @Test
    void anEnrolmentCodeWorksOnceAndAGuessNever() throws Exception {
        String code = central.issueEnrolmentCode("AST-03", ASTANA);
        assertEquals(201, enrol(code, "ws-1", WorkstationKey.generate()).statusCode());

        assertRefused(enrol(code, "ws-2", WorkstationKey.generate()), 401, "ENROLMENT_REFUSED");
        assertRefused(enrol("AAAA-BBBB-CCCC-DDDD", "ws-3", WorkstationKey.generate()), 401, "ENROLMENT_REFUSED");
    }

    @Test
    void anEnrolmentCodeExpires() throws Exception {
        String code = central.issueEnrolmentCode("AST-03", ASTANA);
        clock.advance(Duration.ofDays(8));

        assertRefused(enrol(code, "ws-1", WorkstationKey.generate()), 401, "ENROLMENT_REFUSED");
    }

    @Test
    void aForgedOfficeHeaderIsRefused() throws Exception {
        Enrolled b = enrolled("ALM-01", ALMATY, "ws-b");

        HttpResponse<String> r = http.send(signed(b.key(), "GET", "sync/1/hello", new byte[0])
                .header("Qabyldau-Office", "AST-03").build());

        assertRefused(r, 403, "IDENTITY_MISMATCH");
    }

    @Test
    void aRequestSignedWithAnotherWorkstationsKeyIsRefused() throws Exception {
        Enrolled a = enrolled("AST-03", ASTANA, "ws-a");
        Enrolled b = enrolled("ALM-01", ALMATY, "ws-b");
        // B signs with its own private key but names A's key id.
        WorkstationKey forged = new WorkstationKey(a.key().keyId(), b.keys().getPrivate());

        assertRefused(http.send(signed(forged, "GET", "sync/1/hello", new byte[0]).build()), 401, "BAD_SIGNATURE");
    }

    @Test
    void aKeyNobodyEnrolledIsRefused() throws Exception {
        WorkstationKey stranger = new WorkstationKey("0123456789abcdef0123456789abcdef",
                WorkstationKey.generate().getPrivate());

        assertRefused(http.send(signed(stranger, "GET", "sync/1/hello", new byte[0]).build()), 401, "UNKNOWN_KEY");
    }

    @Test
    void aReplayedNonceIsRefused() throws Exception {
        Enrolled a = enrolled("AST-03", ASTANA, "ws-a");
        HttpRequest once = signed(a.key(), "GET", "sync/1/hello", new byte[0]).build();

        assertEquals(200, http.send(once).statusCode());
        assertRefused(http.send(once), 401, "REPLAYED_NONCE");
    }

    @Test
    void aRequestOutsideTheClockWindowIsRefused() throws Exception {
        Enrolled a = enrolled("AST-03", ASTANA, "ws-a");

        assertRefused(http.send(signed(a.key(), "GET", "sync/1/hello", new byte[0],
                clock.instant().minus(Duration.ofMinutes(6))).build()), 401, "STALE_REQUEST");
        assertRefused(http.send(signed(a.key(), "GET", "sync/1/hello", new byte[0],
                clock.instant().plus(Duration.ofMinutes(6))).build()), 401, "STALE_REQUEST");
    }

    @Test
    void aBodyChangedAfterSigningIsRefused() throws Exception {
        Enrolled a = enrolled("AST-03", ASTANA, "ws-a");
        UUID id = UUID.randomUUID();
        ObjectNode body = SyncClient.submission(SyncClient.example("permit-issue-accepted", id));
        HttpRequest.Builder request = signed(a.key(), "PUT", "sync/1/applications/" + id,
                body.toString().getBytes(StandardCharsets.UTF_8));
        body.put("clerk", "Someone else");
        byte[] changed = body.toString().getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> sameDigest = http.send(request.PUT(HttpRequest.BodyPublishers.ofByteArray(changed))
                .build());
        HttpResponse<String> newDigest = http.send(request.setHeader("Content-Digest", "sha-256=:"
                + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                .digest(changed)) + ":").build());

        assertRefused(sameDigest, 400, "DIGEST_MISMATCH");
        assertRefused(newDigest, 401, "BAD_SIGNATURE");
        assertEquals(0L, central.stats().get("applications"));
    }

    @Test
    void anOfficeSeesOnlyWhatItsOwnKeySent() throws Exception {
        Enrolled a = enrolled("AST-03", ASTANA, "ws-a");
        Enrolled b = enrolled("ALM-01", ALMATY, "ws-b");
        UUID id = UUID.randomUUID();
        byte[] body = signedBody(a.key(), SyncClient.submission(SyncClient.example("permit-issue-accepted", id)));
        assertEquals(201, http.send(signed(a.key(), "PUT", "sync/1/applications/" + id, body).build())
                .statusCode());

        HttpResponse<String> read = http.send(signed(b.key(), "GET", "sync/1/applications/" + id, new byte[0])
                .build());

        assertRefused(read, 404, "NOT_FOUND");
        assertThat(central.store().submissions().find(id).orElseThrow().office()).isEqualTo("AST-03");
    }

    @Test
    void aKeyOfOfficeANeverWritesForOfficeB() throws Exception {
        Enrolled a = enrolled("AST-03", ASTANA, "ws-a");
        Enrolled b = enrolled("ALM-01", ALMATY, "ws-b");
        UUID id = UUID.randomUUID();
        ObjectNode content = SyncClient.submission(SyncClient.example("permit-issue-accepted", id));
        byte[] body = signedBody(a.key(), content);

        // A names B's office in the headers: refused before anything is written.
        assertRefused(http.send(signed(a.key(), "PUT", "sync/1/applications/" + id, body)
                .header("Qabyldau-Office", "ALM-01").build()), 403, "IDENTITY_MISMATCH");
        assertEquals(0L, central.stats().get("applications"));
        // Without headers the application is A's, whatever A would like it to be.
        assertEquals(201, http.send(signed(a.key(), "PUT", "sync/1/applications/" + id, body).build())
                .statusCode());
        // B repeating it word for word, with A's signature or its own, neither takes it over nor learns its reference.
        HttpResponse<String> withAsSignature = put(b, id, body);
        HttpResponse<String> takeOver = put(b, id, signedBody(b.key(), content));

        assertRefused(withAsSignature, 422, "BAD_APPLICATION_SIGNATURE");
        assertRefused(takeOver, 409, "APPLICATION_DIFFERS");
        assertThat(json(takeOver).has("reference")).isFalse();
        assertThat(takeOver.body() + withAsSignature.body()).doesNotContain("CS-", "AST-03", "ws-a", "Каримов");
        assertThat(central.store().submissions().find(id).orElseThrow().office()).isEqualTo("AST-03");
        assertThat(central.store().submissions().find(id).orElseThrow().workstation()).isEqualTo("ws-a");
    }

    @Test
    void theAcceptingOperatorIsKeptAndARepeatWithAnotherOperatorIsAConflict() throws Exception {
        Enrolled a = enrolled("AST-03", ASTANA, "ws-a");
        UUID id = UUID.randomUUID();
        ObjectNode body = SyncClient.submission(SyncClient.example("permit-issue-accepted", id));
        body.putObject("operator").put("login", "aigul").put("name", "Айгүл Сейітова");
        ObjectNode otherName = body.deepCopy();
        body.put("clerk", "Айгүл Сейітова");
        assertRefused(put(a, id, signedBody(a.key(), otherName)), 400, "MALFORMED_JSON");
        byte[] first = signedBody(a.key(), body);
        assertEquals(201, put(a, id, first).statusCode());
        assertEquals(200, put(a, id, first).statusCode());

        ((ObjectNode) body.get("operator")).put("login", "someone");
        HttpResponse<String> other = put(a, id, signedBody(a.key(), body));
        body.putObject("operator").put("login", "Not A Login!").put("name", "x");
        HttpResponse<String> malformed = put(a, id, signedBody(a.key(), body));

        assertRefused(other, 409, "APPLICATION_DIFFERS");
        assertRefused(malformed, 400, "MALFORMED_JSON");
        Submissions.Submission kept = central.store().submissions().find(id).orElseThrow();
        assertThat(kept.operatorLogin()).isEqualTo("aigul");
        assertThat(kept.clerk()).isEqualTo("Айгүл Сейітова");
    }

    @Test
    void thePushCarriesTheWorkstationsSignatureAndTheCentralKeepsIt() throws Exception {
        Enrolled a = enrolled("AST-03", ASTANA, "ws-a");
        UUID id = UUID.randomUUID();
        ObjectNode body = SyncClient.submission(SyncClient.example("permit-issue-accepted", id));
        body.putObject("operator").put("login", "aigul").put("name", "Айгүл Сейітова");
        body.put("clerk", "Айгүл Сейітова");

        assertEquals(201, put(a, id, signedBody(a.key(), body)).statusCode());
        // The workstation enrols anew (its old key is gone): the kept signature still verifies over the kept record.
        enrolled("AST-03", ASTANA, "ws-a");
        central.restart();

        Submissions.Submission kept = central.store().submissions().find(id).orElseThrow();
        SubmissionSignature.Detached signature = kept.detached().orElseThrow();
        assertThat(signature.keyId()).isEqualTo(a.key().keyId());
        assertThat(kept.signaturePublicKey()).isEqualTo(a.keys().getPublic().getEncoded());
        assertThat(SubmissionSignature.verifies(kept.signedContent(), signature, kept.signaturePublicKey())).isTrue();
        ObjectNode altered = kept.signedContent();
        altered.put("ticket", "A-018");
        assertThat(SubmissionSignature.verifies(altered, signature, kept.signaturePublicKey())).isFalse();
    }

    @Test
    void aPushWithoutItsSignatureOrWithAWrongOneIsRefused() throws Exception {
        Enrolled a = enrolled("AST-03", ASTANA, "ws-a");
        Enrolled b = enrolled("ALM-01", ALMATY, "ws-b");
        UUID id = UUID.randomUUID();
        ObjectNode body = SyncClient.submission(SyncClient.example("permit-issue-accepted", id));
        ObjectNode signedThenChanged = SubmissionSignature.sign(body.deepCopy(), a.key());
        signedThenChanged.put("acceptedAt", "2026-03-02T10:25:00+05:00");
        ObjectNode garbled = SubmissionSignature.sign(body.deepCopy(), a.key());
        ((ObjectNode) garbled.get("signature")).put("value", "not base64!");

        HttpResponse<String> unsigned = put(a, id, body.toString().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> unreadable = put(a, id, garbled.toString().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> changed = put(a, id, signedThenChanged.toString().getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> byAnother = put(a, id, signedBody(b.key(), body));

        assertRefused(unsigned, 400, "MALFORMED_JSON");
        assertEquals("signature", json(unsigned).get("field").asText());
        assertRefused(unreadable, 400, "MALFORMED_JSON");
        assertRefused(changed, 422, "BAD_APPLICATION_SIGNATURE");
        assertRefused(byAnother, 422, "BAD_APPLICATION_SIGNATURE");
        assertEquals(0L, central.stats().get("applications"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"verdict", "clerk", "ticket", "acceptedAt", "operator", "application"})
    void aSignedReplayThatChangedAnythingIsAConflictNotARepeat(String key) throws Exception {
        Enrolled a = enrolled("AST-03", ASTANA, "ws-a");
        UUID id = UUID.randomUUID();
        ObjectNode body = SyncClient.submission(SyncClient.example("permit-issue-accepted", id));
        body.putObject("verdict").put("format", "qabyldau.verdict/1").put("outcome", "ACCEPT");
        body.putObject("operator").put("login", "aigul").put("name", "Сейтқали А.");
        HttpResponse<String> first = put(a, id, signedBody(a.key(), body));
        assertEquals(201, first.statusCode(), first.body());
        ObjectNode changed = body.deepCopy();
        switch (key) {
            case "verdict" -> ((ObjectNode) changed.get("verdict")).put("outcome", "REFUSE_INTAKE");
            case "clerk" -> changed.put("clerk", "Басқа адам");
            case "ticket" -> changed.put("ticket", "A-018");
            case "acceptedAt" -> changed.put("acceptedAt", "2026-03-02T10:22:07+05:00");
            case "operator" -> ((ObjectNode) changed.get("operator")).put("login", "erlan");
            default -> ((ObjectNode) changed.get("application").get("fields")).put("request.salary", 1);
        }

        HttpResponse<String> again = put(a, id, signedBody(a.key(), body));
        HttpResponse<String> r = put(a, id, signedBody(a.key(), changed));

        assertEquals(200, again.statusCode(), "the same content, signed again, is a repeat");
        assertRefused(r, 409, "APPLICATION_DIFFERS");
        assertEquals(json(first).get("reference"), json(r).get("reference"), "the office's own reference");
        assertThat(central.store().submissions().find(id).orElseThrow().signedContent().get("ticket").asText())
                .isEqualTo("A-017");
    }
}
