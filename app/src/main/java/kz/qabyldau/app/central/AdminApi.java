package kz.qabyldau.app.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Test control of the simulator under {@code /admin/} (protocol section 5): faults, restart, decide now, revoke,
 * publish reference data, inspect. Off unless an administrator credential is configured; loopback only, the
 * credential on every call, never faulted.
 */
final class AdminApi implements HttpHandler {

    static final String ROOT = "/admin/";

    private static final Logger LOG = LoggerFactory.getLogger(AdminApi.class);

    private final CentralService service;

    AdminApi(CentralService service) {
        this.service = service;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try {
            Reply.requireLoopbackPeer(exchange);
            authenticate(exchange);
            reply = route(exchange);
        } catch (SyncError e) {
            Reply.drain(exchange);
            reply = Reply.error(e);
        } catch (IllegalArgumentException e) {
            Reply.drain(exchange);
            reply = Reply.error(SyncError.badRequest("MALFORMED_JSON", e.getMessage()).with("field", ""));
        } catch (RuntimeException e) {
            LOG.error("Admin call {} {} failed", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            Reply.drain(exchange);
            reply = Reply.error(new SyncError(500, "INTERNAL", "internal error: " + e.getClass().getSimpleName()));
        }
        try {
            reply.send(exchange);
        } catch (IOException e) {
            exchange.close();
        }
    }

    /**
     * The admin API is off unless an administrator credential is configured (then it answers as an unknown path), and
     * every call carries that credential as a bearer token; compared in constant time.
     */
    private void authenticate(HttpExchange exchange) {
        Optional<String> credential = service.config().adminCredential();
        if (credential.isEmpty()) {
            throw SyncError.notFound("no such path; the protocol lives under " + SyncApi.ROOT);
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        byte[] given = authorization != null && authorization.startsWith("Bearer ")
                ? authorization.substring("Bearer ".length()).strip().getBytes(StandardCharsets.UTF_8) : new byte[0];
        if (!MessageDigest.isEqual(given, credential.get().getBytes(StandardCharsets.UTF_8))) {
            throw new SyncError(401, "UNAUTHORIZED", "the admin API needs the administrator credential");
        }
        AccessLogFilter.identified("admin");
    }

    private Reply route(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath().substring(ROOT.length());
        String call = exchange.getRequestMethod() + " " + path;
        return switch (call) {
            case "POST faults" -> setFaults(Json.tree(Reply.body(exchange, SyncApi.MAX_JSON_BYTES)));
            case "DELETE faults" -> {
                service.faults().clear();
                service.acceptConnections();
                yield Reply.json(200, Map.of("faults", "none"));
            }
            case "POST restart" -> {
                Reply.drain(exchange);
                service.restartAsync();
                yield Reply.json(202, Map.of("restarting", true));
            }
            case "POST decide" -> {
                Reply.drain(exchange);
                yield Reply.json(200, Map.of("decided", service.decideNow()));
            }
            case "POST revoke" -> revoke(Json.tree(Reply.body(exchange, SyncApi.MAX_JSON_BYTES)));
            case "POST reference-data" -> publish(Json.tree(Reply.body(exchange, SyncApi.MAX_JSON_BYTES)));
            case "POST enrolment-codes" -> enrolmentCode(Json.tree(Reply.body(exchange, SyncApi.MAX_JSON_BYTES)));
            case "GET stats" -> Reply.json(200, service.stats());
            case "GET applications" -> applications();
            default -> throw SyncError.notFound("no admin call " + call);
        };
    }

    private Reply setFaults(JsonNode body) {
        JsonNode random = body.get("random");
        if (random != null) {
            List<FaultMode> modes = new ArrayList<>();
            random.path("modes").forEach(m -> modes.add(mode(m.asText())));
            service.faults().random(random.path("rate").asDouble(-1), random.path("seed").asLong(0), modes);
            return Reply.json(200, Map.of("faults", "random"));
        }
        FaultMode mode = mode(body.path("mode").asText(""));
        if (mode == FaultMode.REFUSE_CONNECTIONS) {
            long millis = body.path("forMillis").asLong(0);
            if (millis <= 0) {
                throw SyncError.badRequest("BAD_PARAMETER", "REFUSE_CONNECTIONS needs forMillis > 0 (the admin API "
                        + "is behind the same listener)").with("parameter", "forMillis");
            }
            // After the answer has gone: the listener that carries it is the one being closed.
            service.refuseConnectionsAsync(Duration.ofMillis(millis));
            return Reply.json(200, Map.of("faults", mode.name(), "forMillis", millis));
        }
        if (body.has("count")) {
            service.faults().next(mode, body.path("count").asInt());
        } else {
            service.faults().always(mode);
        }
        return Reply.json(200, Map.of("faults", mode.name()));
    }

    private static FaultMode mode(String name) {
        try {
            return FaultMode.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw SyncError.badRequest("BAD_PARAMETER", "unknown fault mode '" + name + "'; known: "
                    + List.of(FaultMode.values())).with("parameter", "mode");
        }
    }

    private Reply revoke(JsonNode body) {
        String number = body.path("permitNumber").asText("");
        Optional<String> id = service.revoke(number);
        return id.map(r -> Reply.json(200, Map.of("revocationId", r)))
                .orElseThrow(() -> SyncError.notFound("no permit " + number + " in force"));
    }

    private Reply publish(JsonNode body) {
        List<ReferenceBundle.File> files = new ArrayList<>();
        body.path("files").forEach(f -> files.add(new ReferenceBundle.File(f.path("path").asText(null),
                f.path("sha256").asText(null), f.path("text").asText(null))));
        LocalDate effectiveFrom;
        try {
            effectiveFrom = LocalDate.parse(body.path("effectiveFrom").asText(""));
        } catch (DateTimeParseException e) {
            throw SyncError.badRequest("MALFORMED_JSON", "effectiveFrom must be a date (yyyy-MM-dd)")
                    .with("field", "effectiveFrom");
        }
        ReferenceBundle bundle = new ReferenceBundle(body.path("bundle").asText(null), effectiveFrom,
                body.path("description").asText(null), files);
        boolean fresh = service.publishReferenceData(bundle);
        return Reply.json(fresh ? 201 : 200, Map.of("bundle", bundle.bundle(), "published", fresh));
    }

    private Reply enrolmentCode(JsonNode body) {
        String office = body.path("office").asText("");
        String code = service.issueEnrolmentCode(office, body.path("region").asText(""));
        return Reply.json(201, Map.of("office", office, "code", code));
    }

    private Reply applications() {
        List<Map<String, Object>> list = new ArrayList<>();
        for (Submissions.Submission s : service.store().submissions().all()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("applicationId", s.applicationId());
            row.put("office", s.office());
            row.put("operator", s.operatorLogin());
            row.put("reference", s.reference());
            row.put("status", s.decided() ? "DECIDED" : "RECEIVED");
            list.add(row);
        }
        return Reply.json(200, list);
    }
}
