package kz.qabyldau.app.sync;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Enrols this workstation once (docs/sync-protocol.md, section 1): sends the one-time code the administrator got from
 * the central service and the public half of a new key pair; the service registers it for the code's office.
 */
public final class Enrolment {

    /** What the central service registered. */
    public record Enrolled(WorkstationKey key, String office, String region) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Enrolment() {
    }

    /**
     * Enrols with {@code code}.
     *
     * @throws SyncFailure REJECTED with code {@code ENROLMENT_REFUSED} for a wrong, used or expired code; OFFLINE or
     *                     TIMEOUT when the service cannot be reached; REJECTED with code {@code UNSUPPORTED_PROTOCOL}
     *                     when the service no longer speaks this version's protocol (Settings: "update needed")
     */
    public static Enrolled enrol(URI baseUri, String code, String workstation, KeyPair keys) throws SyncFailure {
        return enrol(baseUri, code, workstation, keys, SyncConfig.PROTOCOL);
    }

    /** Enrols speaking {@code protocol}: tests play an older workstation with it. */
    static Enrolled enrol(URI baseUri, String code, String workstation, KeyPair keys, String protocol)
            throws SyncFailure {
        SyncConfig.requireSafeAddress(baseUri);
        String body;
        try {
            body = JSON.writeValueAsString(Map.of("code", code, "workstation", workstation,
                    "publicKey", Base64.getEncoder().encodeToString(keys.getPublic().getEncoded())));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        URI uri = URI.create(baseUri.toString().endsWith("/") ? baseUri + "sync/1/enrol" : baseUri + "/sync/1/enrol");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(10)).build();
        HttpResponse<String> r;
        try {
            r = http.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .header("Qabyldau-Protocol", protocol)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new SyncFailure(SyncFailure.Kind.OFFLINE, "", 0, "cannot enrol at " + uri.getHost() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SyncFailure(SyncFailure.Kind.OFFLINE, "", 0, "interrupted", e);
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(r.body() == null || r.body().isBlank() ? "{}" : r.body());
        } catch (IOException e) {
            answer = JSON.createObjectNode();
        }
        if (r.statusCode() != 201) {
            String errorCode = answer.path("code").asText("");
            throw new SyncFailure(r.statusCode() >= 500 ? SyncFailure.Kind.SERVER_ERROR : SyncFailure.Kind.REJECTED,
                    errorCode, r.statusCode(), "HTTP " + r.statusCode() + " " + errorCode + ": "
                    + answer.path("message").asText(""), null);
        }
        return new Enrolled(new WorkstationKey(answer.path("keyId").asText(), keys.getPrivate()),
                answer.path("office").asText(), answer.path("region").asText());
    }
}
