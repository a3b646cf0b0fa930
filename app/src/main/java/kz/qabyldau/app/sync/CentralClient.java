package kz.qabyldau.app.sync;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The calls of {@code qabyldau.sync/1} (docs/sync-protocol.md) over {@link HttpClient}: identification headers
 * on every request, no redirects, HTTP/1.1, a timeout per request. Every failure becomes a {@link SyncFailure};
 * every call is safe to repeat, which is what the worker does after a retryable one. Thread-safe.
 */
public final class CentralClient {

    /** What a PUT of an application answered. */
    public record Submitted(String reference, boolean repeated) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final byte[] NO_BODY = new byte[0];
    private static final int RESIGN_ATTEMPTS = 5;

    private final SyncConfig config;
    private final Supplier<Optional<WorkstationKey>> keys;
    /** Made at the first request: building one loads the TLS machinery and the trusted certificates (ADR 0092). */
    private volatile HttpClient http;

    public CentralClient(SyncConfig config) {
        this(config, config::key);
    }

    /**
     * A client that signs with the key {@code keys} gives at each request: the desk's key may arrive while it runs
     * (an enrolment in Settings, an office database opened by the first sign-in). Without a key, requests are
     * identified by the headers and the token of {@code config}.
     */
    public CentralClient(SyncConfig config, Supplier<Optional<WorkstationKey>> keys) {
        this.config = Objects.requireNonNull(config, "config");
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    private HttpClient http() {
        HttpClient h = http;
        if (h == null) {
            synchronized (this) {
                h = http;
                if (h == null) {
                    h = HttpClient.newBuilder()
                            .version(HttpClient.Version.HTTP_1_1)
                            .followRedirects(HttpClient.Redirect.NEVER)
                            .connectTimeout(config.requestTimeout())
                            .build();
                    http = h;
                }
            }
        }
        return h;
    }

    public SyncConfig config() {
        return config;
    }

    /** {@code GET hello}: reachability and identity. */
    public JsonNode hello() throws SyncFailure {
        return body(expect(send(() -> request("GET", "hello", NO_BODY)), 200));
    }

    /**
     * Uploads a scan unless the server already holds it complete. A scan up to {@link SyncConfig#chunkBytes()}
     * goes whole (a repeat after a cut answer is a harmless {@code 200}); a larger one in chunks from where the
     * server's bytes end, so an upload cut off resumes instead of starting over.
     */
    public void uploadScan(String sha256, String mediaType, byte[] bytes) throws SyncFailure {
        String path = "scans/" + sha256;
        if (bytes.length <= config.chunkBytes()) {
            expect(send(() -> request("PUT", path, bytes).header("Content-Type", mediaType)), 200, 201);
            return;
        }
        HttpResponse<String> head = send(() -> request("HEAD", path, NO_BODY));
        expect(head, 200);
        if (head.headers().firstValue("Qabyldau-Scan-Complete").orElse("false").equals("true")) {
            return;
        }
        long offset = head.headers().firstValue("Qabyldau-Scan-Received").map(Long::parseLong).orElse(0L);
        for (int guard = 0; guard < 10_000; guard++) {
            if (offset < 0 || offset >= bytes.length) {
                offset = 0;
            }
            int first = (int) offset;
            int last = Math.min(first + config.chunkBytes(), bytes.length) - 1;
            byte[] chunk = Arrays.copyOfRange(bytes, first, last + 1);
            String range = "bytes " + first + "-" + last + "/" + bytes.length;
            HttpResponse<String> r = send(() -> request("PUT", path, chunk).header("Content-Type", mediaType)
                    .header("Content-Range", range));
            if (r.statusCode() == 200 || r.statusCode() == 201) {
                return;
            }
            if (r.statusCode() == 202) {
                offset = body(r).path("received").asLong(last + 1L);
            } else if (r.statusCode() == 409 && "RANGE_MISMATCH".equals(body(r).path("code").asText())) {
                // The server holds other bytes than we thought (an earlier answer was lost): go on from there.
                offset = body(r).path("received").asLong(0);
            } else {
                throw failure(r);
            }
        }
        throw new SyncFailure(SyncFailure.Kind.SERVER_ERROR, "", 0, "scan " + sha256 + " did not complete", null);
    }

    /**
     * {@code PUT applications/{id}} with the submission body (section 3.3); repeat-safe by the UUID. An enrolled
     * workstation adds the detached signature of the body's content ({@link SubmissionSignature}) with the key that
     * also signs the request.
     */
    public Submitted putApplication(UUID id, ObjectNode submission) throws SyncFailure {
        Optional<WorkstationKey> key = keys.get();
        ObjectNode body = submission.deepCopy();
        key.ifPresent(k -> SubmissionSignature.sign(body, k));
        byte[] bytes = body.toString().getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> r = expect(send(() -> request("PUT", "applications/" + id, bytes, key)
                .header("Content-Type", "application/json; charset=utf-8")), 200, 201);
        JsonNode b = body(r);
        return new Submitted(b.path("reference").asText(), b.path("repeated").asBoolean(false));
    }

    /** What the central service holds of this workstation's audit trail (section 3.6). */
    public record AuditHeld(long held, String hash, long entries) {
    }

    /**
     * {@code POST audit} with {@code {"entries": [...]}} (ascending, as stored); repeat-safe by id and hash.
     *
     * @throws SyncFailure REJECTED with code AUDIT_DIFFERS, AUDIT_GAP or AUDIT_BROKEN when the central copy and
     *                     these entries disagree
     */
    public AuditHeld postAudit(String entriesJson) throws SyncFailure {
        return held(body(expect(send(() -> request("POST", "audit", entriesJson.getBytes(StandardCharsets.UTF_8))
                .header("Content-Type", "application/json; charset=utf-8")), 200)));
    }

    /** {@code GET audit}: what the central service holds of this workstation's trail, changing nothing. */
    public AuditHeld auditHeld() throws SyncFailure {
        return held(body(expect(send(() -> request("GET", "audit", NO_BODY)), 200)));
    }

    private static AuditHeld held(JsonNode b) {
        return new AuditHeld(b.path("held").asLong(0), b.path("hash").asText(""), b.path("entries").asLong(0));
    }

    /** {@code GET changes?since=&limit=}: one page (section 3.5). {@code since} null = from the beginning. */
    public JsonNode changes(String since, int limit) throws SyncFailure {
        String query = "changes?limit=" + limit
                + (since == null || since.isEmpty() ? ""
                        : "&since=" + URLEncoder.encode(since, StandardCharsets.UTF_8));
        return body(expect(send(() -> request("GET", query, NO_BODY)), 200));
    }

    /**
     * {@code GET reports?from=&to=}: the office's own figures over a period, both days included (section 3.8). The
     * office is the one the workstation's key was registered for: an unenrolled workstation gets
     * {@code SIGNATURE_REQUIRED}.
     */
    public JsonNode officeFigures(LocalDate from, LocalDate to) throws SyncFailure {
        return body(expect(send(() -> request("GET", "reports?from=" + from + "&to=" + to, NO_BODY)), 200));
    }

    /**
     * A request with its body: signed with the workstation key when it enrolled (the key names the office), else
     * identified by the headers and the token.
     */
    private HttpRequest.Builder request(String method, String path, byte[] body) {
        return request(method, path, body, keys.get());
    }

    private HttpRequest.Builder request(String method, String path, byte[] body, Optional<WorkstationKey> key) {
        URI uri = config.baseUri().resolve("sync/1/" + path);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri)
                .timeout(config.requestTimeout())
                .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(body))
                .header("Qabyldau-Protocol", SyncConfig.PROTOCOL);
        if (key.isPresent()) {
            WorkstationKey.SignedHeaders signed = key.get().sign(method, uri.getRawPath(), uri.getRawQuery(),
                    body, Instant.now().getEpochSecond());
            return b.header("Content-Digest", signed.contentDigest())
                    .header("Signature-Input", signed.signatureInput())
                    .header("Signature", signed.signature());
        }
        return b.header("Qabyldau-Office", config.office())
                .header("Qabyldau-Workstation", config.workstation())
                .header("Qabyldau-Region", config.region())
                .header("Authorization", "Bearer " + config.token());
    }

    /**
     * Sends the request; signed, it is signed afresh once more when the server saw its nonce already: the JDK client
     * repeats a GET or HEAD whose connection closed before the answer with the same headers, and the server, which
     * may have received the first, refuses the copy. The code is read from the {@code Qabyldau-Error} header as well
     * as the body, since the answer to a HEAD has no body.
     */
    private HttpResponse<String> send(Supplier<HttpRequest.Builder> request) throws SyncFailure {
        HttpResponse<String> r = send(request.get());
        // Each fresh signature may meet another closed connection and its silent repeat: a few times, not once.
        for (int again = 0; again < RESIGN_ATTEMPTS && r.statusCode() == 401 && "REPLAYED_NONCE".equals(code(r));
             again++) {
            r = send(request.get());
        }
        return r;
    }

    /** The error code of an answer: the body's {@code code}, else the {@code Qabyldau-Error} header (HEAD). */
    private static String code(HttpResponse<String> r) {
        String fromBody = body(r).path("code").asText("");
        return fromBody.isEmpty() ? r.headers().firstValue("Qabyldau-Error").orElse("") : fromBody;
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws SyncFailure {
        HttpRequest built = request.build();
        try {
            return http().send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (HttpTimeoutException e) {
            throw new SyncFailure(SyncFailure.Kind.TIMEOUT, "", 0, "no answer within " + config.requestTimeout()
                    + " to " + built.method() + " " + built.uri().getPath(), e);
        } catch (ConnectException e) {
            throw new SyncFailure(SyncFailure.Kind.OFFLINE, "", 0, "cannot connect to " + host(built.uri()), e);
        } catch (IOException e) {
            throw new SyncFailure(SyncFailure.Kind.OFFLINE, "", 0, "connection lost during " + built.method() + " "
                    + built.uri().getPath() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncFailure(SyncFailure.Kind.OFFLINE, "", 0, "interrupted", e);
        }
    }

    private static String host(URI uri) {
        return uri.getHost() + ":" + uri.getPort();
    }

    private static HttpResponse<String> expect(HttpResponse<String> r, int... statuses) throws SyncFailure {
        for (int s : statuses) {
            if (r.statusCode() == s) {
                return r;
            }
        }
        throw failure(r);
    }

    private static SyncFailure failure(HttpResponse<String> r) {
        JsonNode b = body(r);
        String code = code(r);
        String message = "HTTP " + r.statusCode() + " " + code + ": " + b.path("message").asText(r.body());
        boolean retryable = r.statusCode() >= 500 || b.path("retryable").asBoolean(false);
        return new SyncFailure(retryable ? SyncFailure.Kind.SERVER_ERROR : SyncFailure.Kind.REJECTED, code,
                r.statusCode(), message, null);
    }

    private static JsonNode body(HttpResponse<String> r) {
        String text = r.body();
        if (text == null || text.isBlank()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            return MissingNode.getInstance();
        }
    }
}
