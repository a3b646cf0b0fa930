package kz.qabyldau.app.central;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import kz.qabyldau.app.sync.SubmissionSignature;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.ApplicationFormatException;
import kz.qabyldau.forms.application.ApplicationJson;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.verdict.CannotJudgeException;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.VerdictJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import java.util.Base64;
import java.util.Locale;

/** The calls of {@code qabyldau.sync/1} under {@code /sync/1/} ({@code docs/sync-protocol.md}, section 3). */
final class SyncApi implements HttpHandler {

    static final String ROOT = "/sync/1/";
    static final int MAX_SCAN_BYTES = 16 * 1024 * 1024;
    static final int MAX_CHUNK_BYTES = 4 * 1024 * 1024;
    static final int MAX_JSON_BYTES = 2 * 1024 * 1024;
    static final int MAX_PAGE = 500;
    static final int DEFAULT_PAGE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(SyncApi.class);
    private static final Pattern SCAN = Pattern.compile("scans/([^/]+)");
    private static final Pattern APPLICATION = Pattern.compile("applications/([^/]+)");
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d{1,12})-(\\d{1,12})/(\\d{1,12})");
    private static final Pattern OPERATOR_LOGIN = Pattern.compile("[a-z0-9._-]{1,64}");
    private static final Set<String> SCAN_TYPES = Set.of("application/pdf", "image/jpeg", "image/png");

    private final CentralService service;

    SyncApi(CentralService service) {
        this.service = service;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            // The audit call draws no injected fault: the fault tests' fixed seeds keep the sequence they were
            // written for (the outbox's calls); the audit call's own repeat-safety is AuditTrailSyncTest's.
            Optional<FaultMode> fault = exchange.getRequestURI().getRawPath().equals(ROOT + "audit") ? Optional.empty()
                    : service.faults().draw();
            if (fault.isPresent()) {
                if (injected(fault.get(), exchange)) {
                    return;
                }
            }
            reply(exchange).send(exchange);
        } catch (IOException e) {
            LOG.debug("Client went away: {}", e.toString());
            exchange.close();
        }
    }

    /** Applies a fault; true when the exchange is finished with. */
    private boolean injected(FaultMode fault, HttpExchange exchange) throws IOException {
        LOG.info("Injected fault {} on {} {}", fault, exchange.getRequestMethod(), exchange.getRequestURI());
        switch (fault) {
            case ERROR_500 -> {
                Reply.drain(exchange);
                Reply.error(new SyncError(500, "INTERNAL", "injected fault: internal error")).send(exchange);
                return true;
            }
            case HANG -> {
                Reply.drain(exchange);
                service.hang();
                exchange.close();
                return true;
            }
            case REFUSE_CONNECTIONS -> {
                exchange.close();
                service.refuseConnectionsAsync(service.config().refuseFor());
                return true;
            }
            case DROP_AFTER_COMMIT -> {
                reply(exchange); // processed and committed, the answer thrown away
                exchange.close(); // headers never sent: the connection closes without an answer
                return true;
            }
            default -> throw new IllegalStateException("unhandled fault " + fault);
        }
    }

    /** Computes the answer (committing whatever the call commits); errors become their JSON answer. */
    private Reply reply(HttpExchange exchange) throws IOException {
        try {
            Reply.requireLoopbackPeer(exchange);
            String path = exchange.getRequestURI().getRawPath().substring(ROOT.length());
            // Read first: a signature covers the body's digest. No body may be larger than a chunk.
            byte[] body = Reply.body(exchange, MAX_CHUNK_BYTES);
            if (path.equals("enrol")) {
                Identity.requireProtocol(exchange.getRequestHeaders());
                allow(exchange.getRequestMethod(), "POST");
                return enrol(body);
            }
            Identity who = identify(exchange, body);
            AccessLogFilter.identified(who.office() + "/" + who.workstation());
            return route(exchange, who, path, body);
        } catch (SyncError e) {
            Reply.drain(exchange);
            return Reply.error(e);
        } catch (RuntimeException e) {
            LOG.error("Internal error on {} {}", exchange.getRequestMethod(), exchange.getRequestURI(), e);
            Reply.drain(exchange);
            return Reply.error(new SyncError(500, "INTERNAL", "internal error: " + e.getClass().getSimpleName()));
        }
    }

    /**
     * Who is calling: the registered key of a signed request (identification headers, when sent, must name the same
     * office and workstation); an unsigned request only while the service still accepts them.
     */
    private Identity identify(HttpExchange exchange, byte[] body) {
        Headers headers = exchange.getRequestHeaders();
        if (!RequestSignature.present(headers)) {
            if (service.config().signedRequestsOnly()) {
                Identity.requireProtocol(headers);
                throw new SyncError(401, "SIGNATURE_REQUIRED", "every request is signed by an enrolled workstation");
            }
            return Identity.of(headers, service.config().token());
        }
        Identity.requireProtocol(headers);
        Identity who = new RequestSignature(service.store().keys(), service.config().limits().clockSkew())
                .verify(exchange.getRequestMethod(), exchange.getRequestURI().getRawPath(),
                        exchange.getRequestURI().getRawQuery(), headers, body, service.clock().instant());
        String office = headers.getFirst(Identity.OFFICE_HEADER);
        String workstation = headers.getFirst(Identity.WORKSTATION_HEADER);
        if ((office != null && !office.strip().equals(who.office()))
                || (workstation != null && !workstation.strip().equals(who.workstation()))) {
            throw new SyncError(403, "IDENTITY_MISMATCH", "the identification headers name another office or "
                    + "workstation than the key that signed the request");
        }
        return who;
    }

    private Reply enrol(byte[] body) {
        JsonNode request = Json.tree(body);
        String workstation = request.path("workstation").asText("");
        if (!Identity.isCode(workstation)) {
            throw malformed("workstation", "'workstation' must be 1–64 characters of [A-Za-z0-9._-]");
        }
        byte[] publicKey;
        try {
            publicKey = Base64.getDecoder().decode(request.path("publicKey").asText(""));
        } catch (IllegalArgumentException e) {
            publicKey = new byte[0];
        }
        if (!RequestSignature.isPublicKey(publicKey)) {
            throw malformed("publicKey", "'publicKey' must be an Ed25519 public key, X.509 SubjectPublicKeyInfo in "
                    + "base64");
        }
        WorkstationKeys.Registered r = service.store().keys().enrol(request.path("code").asText(""), workstation,
                publicKey, service.clock().millis(), service.now()).orElseThrow(() -> new SyncError(401,
                "ENROLMENT_REFUSED", "the enrolment code is unknown, already used or expired"));
        LOG.info("Enrolled workstation {}/{} (key {})", r.office(), r.workstation(), r.keyId());
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("keyId", r.keyId());
        answer.put("office", r.office());
        answer.put("workstation", r.workstation());
        answer.put("region", r.region());
        return Reply.json(201, answer);
    }

    private Reply route(HttpExchange exchange, Identity who, String path, byte[] body) {
        String method = exchange.getRequestMethod();
        Matcher m;
        if (path.equals("hello")) {
            allow(method, "GET");
            return hello(who);
        }
        if (path.equals("changes")) {
            allow(method, "GET");
            return changes(exchange, who);
        }
        if (path.equals("audit")) {
            allow(method, "GET", "POST");
            return method.equals("GET") ? auditAnchor(who) : postAudit(who, body);
        }
        if (path.equals("reports")) {
            allow(method, "GET");
            return reports(exchange, who);
        }
        if ((m = SCAN.matcher(path)).matches()) {
            allow(method, "HEAD", "PUT");
            String sha = m.group(1);
            if (!SHA256.matcher(sha).matches()) {
                throw SyncError.badRequest("BAD_HASH", "'" + sha + "' is not a lower-case hex SHA-256");
            }
            return method.equals("HEAD") ? scanState(who, sha) : putScan(exchange, who, sha, body);
        }
        if ((m = APPLICATION.matcher(path)).matches()) {
            allow(method, "GET", "PUT");
            UUID id = uuid(m.group(1));
            return method.equals("GET") ? application(who, id)
                    : putApplication(who, id, body, RequestSignature.present(exchange.getRequestHeaders()));
        }
        throw SyncError.notFound("no call " + exchange.getRequestURI().getRawPath() + " in " + Identity.PROTOCOL);
    }

    private static void allow(String method, String... allowed) {
        if (!List.of(allowed).contains(method)) {
            throw new SyncError(405, "METHOD_NOT_ALLOWED", method + " is not allowed here")
                    .with("allowed", List.of(allowed));
        }
    }

    private static UUID uuid(String text) {
        try {
            UUID id = UUID.fromString(text);
            if (!id.toString().equals(text.toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException(text);
            }
            return id;
        } catch (IllegalArgumentException e) {
            throw SyncError.notFound("'" + text + "' is not an application UUID");
        }
    }

    // ---------------------------------------------------------------- 3.1 hello

    private Reply hello(Identity who) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("protocol", Identity.PROTOCOL);
        body.put("server", "qabyldau-central-simulator");
        body.put("serverTime", service.now());
        body.put("office", who.office());
        body.put("workstation", who.workstation());
        body.put("maxScanBytes", MAX_SCAN_BYTES);
        body.put("maxChunkBytes", MAX_CHUNK_BYTES);
        body.put("maxPageSize", MAX_PAGE);
        return Reply.json(200, body);
    }

    // ---------------------------------------------------------------- 3.2 scans

    private Reply scanState(Identity who, String sha) {
        ReceivedScans.ScanState s = service.store().scans().scan(who.office(), sha);
        return Reply.headersOnly(200, Map.of("Qabyldau-Scan-Received", Long.toString(s.received()),
                "Qabyldau-Scan-Complete", Boolean.toString(s.complete())));
    }

    private Reply putScan(HttpExchange exchange, Identity who, String sha, byte[] bytes) {
        ReceivedScans.ScanState held = service.store().scans().scan(who.office(), sha);
        if (held.complete()) {
            return Reply.json(200, scanBody(held));
        }
        String range = exchange.getRequestHeaders().getFirst("Content-Range");
        long first;
        long last;
        long total;
        if (range == null) {
            first = 0;
            last = bytes.length - 1L;
            total = bytes.length;
        } else {
            Matcher m = CONTENT_RANGE.matcher(range.strip());
            if (!m.matches()) {
                throw SyncError.badRequest("BAD_RANGE", "Content-Range must read 'bytes FIRST-LAST/TOTAL'");
            }
            first = Long.parseLong(m.group(1));
            last = Long.parseLong(m.group(2));
            total = Long.parseLong(m.group(3));
        }
        if (bytes.length == 0 || last < first || last >= total || last - first + 1 != bytes.length) {
            throw SyncError.badRequest("BAD_RANGE", "the body has " + bytes.length + " bytes; the range says "
                    + (last - first + 1) + " of " + total);
        }
        if (total > MAX_SCAN_BYTES) {
            throw new SyncError(413, "TOO_LARGE", "a scan may have at most " + MAX_SCAN_BYTES + " bytes")
                    .with("limit", MAX_SCAN_BYTES);
        }
        String mediaType = mediaType(exchange);
        if (first == 0 && !SCAN_TYPES.contains(mediaType)) {
            throw new SyncError(415, "UNSUPPORTED_MEDIA_TYPE", "a scan is application/pdf, image/jpeg or image/png, "
                    + "not '" + mediaType + "'");
        }
        if (first == 0 && !ScanSignature.matches(mediaType, bytes)) {
            throw new SyncError(415, "UNSUPPORTED_MEDIA_TYPE", "the bytes do not begin as " + mediaType + " does");
        }
        ReceivedScans.ScanWrite w = service.store().scans().putChunk(who.office(), sha, mediaType, first, total,
                bytes, service.clock().millis(), service.config().limits().officeQuotaBytes());
        if (w.mismatch() != null) {
            throw new SyncError(422, "HASH_MISMATCH", "the bytes received hash to " + w.mismatch()
                    + ", not to the address; they were discarded").with("actual", w.mismatch());
        }
        int status = w.state().complete() ? (w.completedNow() ? 201 : 200) : 202;
        return Reply.json(status, scanBody(w.state()));
    }

    private static String mediaType(HttpExchange exchange) {
        String type = exchange.getRequestHeaders().getFirst("Content-Type");
        if (type == null) {
            return "";
        }
        int semicolon = type.indexOf(';');
        return (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    private static Map<String, Object> scanBody(ReceivedScans.ScanState s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("sha256", s.sha256());
        body.put("received", s.received());
        body.put("size", s.size());
        body.put("complete", s.complete());
        return body;
    }

    // ---------------------------------------------------------------- 3.3 and 3.4 applications

    /** {@code GET audit}: what the central service holds of this workstation's audit trail (section 3.6). */
    private Reply auditAnchor(Identity who) {
        return Reply.json(200, anchorBody(service.store().audits().anchor(who)));
    }

    /** {@code POST audit}: entries of this workstation's audit trail, ascending, as stored (section 3.6). */
    private Reply postAudit(Identity who, byte[] bytes) {
        if (bytes.length > MAX_JSON_BYTES) {
            throw new SyncError(413, "TOO_LARGE", "the body is larger than " + MAX_JSON_BYTES + " bytes")
                    .with("limit", MAX_JSON_BYTES);
        }
        JsonNode list = Json.tree(bytes).get("entries");
        if (list == null || !list.isArray()) {
            throw malformed("entries", "'entries' must be a list of audit entries");
        }
        List<AuditTrails.Entry> entries = new ArrayList<>();
        long previous = 0;
        for (JsonNode e : list) {
            long id = e.path("id").asLong(0);
            if (id <= previous) {
                throw malformed("entries", "entry ids must be positive and ascending");
            }
            previous = id;
            entries.add(new AuditTrails.Entry(id, auditText(e, "at"), auditText(e, "clerk"), auditText(e, "action"),
                    auditText(e, "subject"), auditText(e, "details"), auditText(e, "prevHash"),
                    auditText(e, "entryHash")));
        }
        return Reply.json(200, anchorBody(service.store().audits().receive(who, entries, service.now())));
    }

    private static String auditText(JsonNode entry, String field) {
        JsonNode v = entry.get(field);
        if (v == null || !v.isTextual()) {
            throw malformed(field, "every audit entry needs '" + field + "' as text");
        }
        return v.asText();
    }

    private static Map<String, Object> anchorBody(AuditTrails.Anchor anchor) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("held", anchor.lastId());
        body.put("hash", anchor.lastHash());
        body.put("entries", anchor.entries());
        return body;
    }

    /**
     * {@code PUT applications/{uuid}} (section 3.3).
     *
     * @param signedRequest whether the request was signed: then the body must carry the detached signature too
     */
    private Reply putApplication(Identity who, UUID id, byte[] bytes, boolean signedRequest) {
        if (bytes.length > MAX_JSON_BYTES) {
            throw new SyncError(413, "TOO_LARGE", "the body is larger than " + MAX_JSON_BYTES + " bytes")
                    .with("limit", MAX_JSON_BYTES);
        }
        JsonNode body = Json.tree(bytes);
        JsonNode app = body.get("application");
        if (app == null || !app.isObject()) {
            throw malformed("application", "'application' must be an application object");
        }
        if (!id.toString().equals(app.path("id").asText(""))) {
            throw SyncError.badRequest("ID_MISMATCH", "the path names " + id + " but application.id is '"
                    + app.path("id").asText("") + "'");
        }
        String acceptedAt = body.path("acceptedAt").asText("");
        OffsetDateTime accepted;
        try {
            accepted = OffsetDateTime.parse(acceptedAt);
        } catch (DateTimeParseException e) {
            throw malformed("acceptedAt", "'acceptedAt' must be a moment with its offset, e.g. "
                    + "2026-03-02T10:21:07+05:00");
        }
        JsonNode operator = body.get("operator");
        String clerk = text(body, "clerk");
        String operatorLogin = null;
        if (operator != null && !operator.isNull()) {
            // The accepting operator (issue #11): a login of the office's operators and their name, kept as given.
            operatorLogin = operator.path("login").asText("");
            if (!operator.isObject() || !OPERATOR_LOGIN.matcher(operatorLogin).matches()
                    || operator.path("name").asText("").isBlank()) {
                throw malformed("operator", "'operator' must be {\"login\": 1–64 characters of [a-z0-9._-], "
                        + "\"name\": the operator's name}");
            }
            clerk = clerk == null ? operator.path("name").asText() : clerk;
        }
        Optional<WorkstationKeys.Registered> signer = detachedSignature(who, body, signedRequest);
        Submissions.NewSubmission submission = new Submissions.NewSubmission(id, who,
                app.path("service").asText(""), app, body.get("verdict"), acceptedAt, clerk,
                text(body, "ticket"), operatorLogin, signer.flatMap(k -> SubmissionSignature.of(body)),
                signer.map(WorkstationKeys.Registered::publicKey).orElse(null));
        Optional<Submissions.Submission> existing = service.store().submissions().find(id);
        if (existing.isPresent()) {
            // A repeat: no checks, no second record — the same reference as the first time.
            return putAnswer(Submissions.sameOrConflict(existing.get(), submission), false);
        }
        if (operatorLogin != null && !operator.path("name").asText().equals(clerk)) {
            // One name for one person: a repeat with another clerk is a conflict above, a first time a client bug.
            throw malformed("clerk", "'clerk' must be the accepting operator's name (operator.name)");
        }
        Application application = parse(app);
        new DateRules(service.config().limits()).check(application.filedAt(), accepted, service.now());
        List<String> missing = service.store().scans().missing(who.office(), scans(application));
        if (!missing.isEmpty()) {
            throw SyncError.conflict("MISSING_SCANS", missing.size() + " scan(s) named by the application are not "
                    + "on the server; upload them, then repeat this call").with("missing", missing);
        }
        LocalDateTime asOf = application.filedAt() != null ? application.filedAt()
                : accepted.atZoneSameInstant(CentralConfig.ZONE).toLocalDateTime().truncatedTo(ChronoUnit.MINUTES);
        Verdict verdict;
        try {
            verdict = service.decider().judge(application, asOf);
        } catch (CannotJudgeException e) {
            throw SyncError.badRequest("INVALID_APPLICATION", e.getMessage()).with("field", e.field());
        }
        if (verdict.outcome() != Outcome.ACCEPT) {
            ObjectNode tree = VerdictJson.toTree(verdict);
            List<JsonNode> problems = new ArrayList<>();
            tree.path("receipt").forEach(problems::add);
            tree.path("fieldErrors").forEach(problems::add);
            throw new SyncError(422, "APPLICATION_REJECTED", "the law core does not accept this application: "
                    + verdict.outcome()).with("outcome", verdict.outcome().name()).with("problems", problems);
        }
        OffsetDateTime now = service.now();
        Submissions.PutResult result = service.store().submissions().insertIfAbsent(submission, now,
                service.clock().millis() + service.config().decisionDelay().toMillis());
        if (result.created()) {
            LOG.info("Received {} {} from {}/{}", result.submission().reference(), id, who.office(),
                    who.workstation());
            service.wake();
        }
        return putAnswer(result.submission(), result.created());
    }

    /**
     * The key whose detached signature of the submission (section 3.3) verified — the key registered for this office
     * and workstation: the signature is required when the request was signed (an enrolled workstation), checked when
     * an unsigned one brings it.
     *
     * @throws SyncError 400 MALFORMED_JSON ({@code field: signature}) when it is missing or does not read;
     *                   422 BAD_APPLICATION_SIGNATURE when it is not this workstation's signature of this content
     */
    private Optional<WorkstationKeys.Registered> detachedSignature(Identity who, JsonNode body,
                                                                   boolean signedRequest) {
        if (body.get("signature") == null && !signedRequest) {
            return Optional.empty();
        }
        SubmissionSignature.Detached signature = SubmissionSignature.of(body).orElseThrow(() -> malformed("signature",
                "'signature' must be {\"keyid\": the workstation's key id, \"alg\": \"ed25519\", \"value\": base64} "
                        + "over the canonical content of the submission"));
        return Optional.of(service.store().keys().find(signature.keyId())
                .filter(k -> k.office().equals(who.office()) && k.workstation().equals(who.workstation()))
                .filter(k -> SubmissionSignature.verifies(body, signature, k.publicKey()))
                .orElseThrow(() -> new SyncError(422, "BAD_APPLICATION_SIGNATURE", "the signature is not this "
                        + "workstation's signature of this content")));
    }

    private static Application parse(JsonNode app) {
        try {
            return ApplicationJson.read(app.toString());
        } catch (ApplicationFormatException e) {
            throw SyncError.badRequest("INVALID_APPLICATION", "application: " + e.getMessage())
                    .with("field", e.field());
        }
    }

    private static List<String> scans(Application application) {
        List<String> hashes = new ArrayList<>();
        for (PresentedDocument d : application.documents()) {
            hashes.addAll(d.scans());
        }
        return hashes;
    }

    private Reply putAnswer(Submissions.Submission s, boolean created) {
        Map<String, Object> body = submissionBody(s);
        body.put("repeated", !created);
        return Reply.json(created ? 201 : 200, body);
    }

    private Reply application(Identity who, UUID id) {
        Submissions.Submission s = service.store().submissions().find(id)
                .filter(found -> found.office().equals(who.office()))
                .orElseThrow(() -> SyncError.notFound("this office never sent application " + id));
        Map<String, Object> body = submissionBody(s);
        service.store().decisions().find(id).ifPresent(d -> body.put("decision", d));
        return Reply.json(200, body);
    }

    private static Map<String, Object> submissionBody(Submissions.Submission s) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("applicationId", s.applicationId());
        body.put("reference", s.reference());
        body.put("receivedAt", s.receivedAt());
        body.put("status", s.decided() ? "DECIDED" : "RECEIVED");
        return body;
    }

    // ---------------------------------------------------------------- 3.5 changes

    private Reply changes(HttpExchange exchange, Identity who) {
        Map<String, String> query = Reply.query(exchange);
        int limit = DEFAULT_PAGE;
        if (query.containsKey("limit")) {
            try {
                limit = Integer.parseInt(query.get("limit"));
            } catch (NumberFormatException e) {
                limit = -1;
            }
            if (limit < 1 || limit > MAX_PAGE) {
                throw SyncError.badRequest("BAD_PARAMETER", "limit must be 1…" + MAX_PAGE).with("parameter", "limit");
            }
        }
        ChangeFeed.Page page = service.store().changes().changes(who.office(), query.get("since"), limit);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("changes", page.changes());
        body.put("next", page.next());
        body.put("more", page.more());
        return Reply.json(200, body);
    }

    // ---------------------------------------------------------------- 3.8 reports

    /**
     * {@code GET reports?from=&to=}: the calling office's own figures over a period. Only a signed request is
     * answered, whatever the service accepts elsewhere: the office is the one its key was registered for, never one
     * a header names (an unsigned request could name any office).
     */
    private Reply reports(HttpExchange exchange, Identity who) {
        if (!RequestSignature.present(exchange.getRequestHeaders())) {
            throw new SyncError(401, "SIGNATURE_REQUIRED", "an office's figures are given to an enrolled "
                    + "workstation's signed request only");
        }
        Map<String, String> query = Reply.query(exchange);
        LocalDate from = day(query, "from");
        LocalDate to = day(query, "to");
        if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) >= OfficeFigures.MAX_DAYS) {
            throw SyncError.badRequest("BAD_PARAMETER", "the period runs from 'from' to 'to', at most "
                    + OfficeFigures.MAX_DAYS + " days").with("parameter", "to");
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("asOf", service.now());
        body.putAll(service.store().officeFigures().of(who.office(), from, to));
        return Reply.json(200, body);
    }

    private static LocalDate day(Map<String, String> query, String parameter) {
        try {
            return LocalDate.parse(query.getOrDefault(parameter, ""));
        } catch (DateTimeParseException e) {
            throw SyncError.badRequest("BAD_PARAMETER", "'" + parameter + "' must be a day, yyyy-MM-dd")
                    .with("parameter", parameter);
        }
    }

    private static SyncError malformed(String field, String message) {
        return SyncError.badRequest("MALFORMED_JSON", message).with("field", field);
    }

    private static String text(JsonNode body, String key) {
        JsonNode v = body.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }
}
