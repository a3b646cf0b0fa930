package kz.qabyldau.app.central;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An HTTP answer computed before anything is sent, so that a handler can also decide not to send it (the
 * "drop after commit" fault), plus the few exchange helpers both APIs share.
 *
 * @param body JSON value to serialise, or null for no body
 */
record Reply(int status, Map<String, String> headers, Object body) {

    static Reply json(int status, Object body) {
        return new Reply(status, Map.of(), body);
    }

    static Reply headersOnly(int status, Map<String, String> headers) {
        return new Reply(status, headers, null);
    }

    /**
     * An error: its JSON body, and its code in the {@code Qabyldau-Error} header too — the answer to a {@code HEAD}
     * has no body, and a client must still tell a {@code REPLAYED_NONCE} from other refusals (section 2).
     */
    static Reply error(SyncError e) {
        Object code = e.body().get("code");
        return new Reply(e.status(), code == null ? Map.of() : Map.of(ERROR_HEADER, code.toString()), e.body());
    }

    /** The header that repeats an error's code. */
    static final String ERROR_HEADER = "Qabyldau-Error";

    /** Sends the answer and ends the exchange. */
    void send(HttpExchange exchange) throws IOException {
        if (status >= 400 && body instanceof Map<?, ?> map && map.get("code") != null) {
            AccessLogFilter.answered(map.get("code").toString());
        }
        headers.forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
        if (body == null || "HEAD".equals(exchange.getRequestMethod())) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = Json.bytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /**
     * Reads the request body, at most {@code limit} bytes.
     *
     * @throws SyncError TOO_LARGE beyond the limit
     */
    static byte[] body(HttpExchange exchange, int limit) throws IOException {
        InputStream in = exchange.getRequestBody();
        byte[] bytes = in.readNBytes(limit + 1);
        if (bytes.length > limit) {
            throw new SyncError(413, "TOO_LARGE", "the body is larger than " + limit + " bytes").with("limit", limit);
        }
        return bytes;
    }

    /** Reads and forgets the request body, so the connection can carry the next request. */
    static void drain(HttpExchange exchange) {
        try {
            exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // Already read (and closed) or the client went away: nothing left to drain either way.
        }
    }

    /** Plain HTTP is only for this computer: a peer that is not loopback is refused. */
    static void requireLoopbackPeer(HttpExchange exchange) {
        InetAddress peer = exchange.getRemoteAddress().getAddress();
        if (peer == null || !peer.isLoopbackAddress()) {
            throw new SyncError(403, "NOT_LOOPBACK", "plain HTTP is accepted from this computer only");
        }
    }

    /** The query's parameters, decoded (the first value of each). */
    static Map<String, String> query(HttpExchange exchange) {
        Map<String, String> params = new LinkedHashMap<>();
        String raw = exchange.getRequestURI().getRawQuery();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }
}
