package kz.qabyldau.app.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.Arrays;

/**
 * A minimal client of {@code qabyldau.sync/1} for the tests: real HTTP over loopback with {@link HttpClient}, the
 * identification headers of one workstation, and helpers to build application bodies from {@code docs/examples}.
 */
final class SyncClient {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Path EXAMPLES = Path.of("..", "docs", "examples");

    private final HttpClient http;
    private final URI base;
    private final String office;
    private final String region;
    private final String token;
    private final Duration timeout;

    SyncClient(URI base, String office, String region) {
        this(base, office, region, "token", Duration.ofSeconds(10));
    }

    SyncClient(URI base, String office, String region, String token, Duration timeout) {
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
        this.base = base;
        this.office = office;
        this.region = region;
        this.token = token;
        this.timeout = timeout;
    }

    SyncClient withTimeout(Duration newTimeout) {
        return new SyncClient(base, office, region, token, newTimeout);
    }

    SyncClient withToken(String newToken) {
        return new SyncClient(base, office, region, newToken, timeout);
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                .header("Qabyldau-Protocol", "qabyldau.sync/1")
                .header("Qabyldau-Office", office)
                .header("Qabyldau-Workstation", office + "-ws1")
                .header("Qabyldau-Region", region)
                .header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> send(HttpRequest request) throws IOException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    HttpResponse<String> get(String path) throws IOException {
        return send(request(path).GET().build());
    }

    HttpResponse<String> head(String path) throws IOException {
        return send(request(path).method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    }

    /** Uploads a whole scan. */
    HttpResponse<String> putScan(byte[] bytes) throws IOException {
        return send(request("sync/1/scans/" + sha256(bytes)).header("Content-Type", "application/pdf")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());
    }

    /** Uploads bytes {@code first…first+length-1} of a scan of {@code total} bytes. */
    HttpResponse<String> putChunk(String sha, byte[] all, int first, int length) throws IOException {
        byte[] chunk = Arrays.copyOfRange(all, first, first + length);
        return send(request("sync/1/scans/" + sha).header("Content-Type", "application/pdf")
                .header("Content-Range", "bytes " + first + "-" + (first + length - 1) + "/" + all.length)
                .PUT(HttpRequest.BodyPublishers.ofByteArray(chunk)).build());
    }

    HttpResponse<String> putApplication(UUID id, JsonNode body) throws IOException {
        return send(request("sync/1/applications/" + id).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())).build());
    }

    HttpResponse<String> changes(String since, int limit) throws IOException {
        String query = "?limit=" + limit + (since == null ? "" : "&since=" + since);
        return get("sync/1/changes" + query);
    }

    /** {@code PUT /admin/...}-style test-control calls (the administrator credential of the test simulators). */
    HttpResponse<String> admin(String method, String path, String json) throws IOException {
        HttpRequest.BodyPublisher body = json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json);
        return send(HttpRequest.newBuilder(base.resolve("admin/" + path)).timeout(timeout)
                .header("Authorization", "Bearer " + CentralTestSupport.ADMIN)
                .header("Content-Type", "application/json").method(method, body).build());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** The example application {@code name} of docs/examples under a new id. */
    static ObjectNode example(String name, UUID id) {
        try {
            ObjectNode app = (ObjectNode) JSON.readTree(Files.readString(EXAMPLES.resolve(name + ".json")));
            app.put("id", id.toString());
            return app;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example with {@code scans} attached to its first document. */
    static ObjectNode exampleWithScans(String name, UUID id, List<String> scans) {
        ObjectNode app = example(name, id);
        ArrayNode list = ((ObjectNode) app.get("documents").get(0)).putArray("scans");
        scans.forEach(list::add);
        return app;
    }

    /** A PUT body: the application and when it was accepted. */
    static ObjectNode submission(ObjectNode application) {
        ObjectNode body = JSON.createObjectNode();
        body.set("application", application);
        body.put("acceptedAt", "2026-03-02T10:21:07+05:00");
        body.put("clerk", "Сейтқали А.");
        body.put("ticket", "A-017");
        return body;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Distinct fake scan bytes (a PDF header and a counter). */
    static byte[] scanBytes(int n, int size) {
        byte[] bytes = new byte[size];
        byte[] header = ("%PDF-1.7 scan " + n + "\n").getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, bytes, 0, Math.min(header.length, size));
        for (int i = header.length; i < size; i++) {
            bytes[i] = (byte) (i * 31 + n);
        }
        return bytes;
    }
}
