package kz.qabyldau.app.central;

import com.sun.net.httpserver.Headers;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.List;

/**
 * Who is calling: the identification headers every {@code /sync/1/} request carries (protocol section 1).
 *
 * @param office      office code; everything the office sends or receives is scoped by it
 * @param workstation workstation id
 * @param region      KATO code of the office's region; permit and certificate numbers follow it
 */
record Identity(String office, String workstation, String region) {

    static final String PROTOCOL = "qabyldau.sync/1";
    static final String PROTOCOL_HEADER = "Qabyldau-Protocol";
    static final String OFFICE_HEADER = "Qabyldau-Office";
    static final String WORKSTATION_HEADER = "Qabyldau-Workstation";
    static final String REGION_HEADER = "Qabyldau-Region";

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern KATO = Pattern.compile("\\d{9}");

    /**
     * Reads and checks the headers.
     *
     * @param requiredToken the only token accepted, or empty to accept any non-blank token
     * @throws SyncError MISSING_IDENTITY, UNSUPPORTED_PROTOCOL or UNAUTHORIZED
     */
    static Identity of(Headers headers, Optional<String> requiredToken) {
        requireProtocol(headers);
        String office = checked(headers, OFFICE_HEADER, CODE);
        String workstation = checked(headers, WORKSTATION_HEADER, CODE);
        String region = checked(headers, REGION_HEADER, KATO);
        String authorization = headers.getFirst("Authorization");
        if (authorization == null || !authorization.startsWith("Bearer ")
                || authorization.substring("Bearer ".length()).isBlank()) {
            throw new SyncError(401, "UNAUTHORIZED", "an 'Authorization: Bearer <token>' header is required");
        }
        String token = authorization.substring("Bearer ".length()).strip();
        if (requiredToken.isPresent() && !requiredToken.get().equals(token)) {
            throw new SyncError(401, "UNAUTHORIZED", "the token is not accepted");
        }
        return new Identity(office, workstation, region);
    }

    /** @throws SyncError MISSING_IDENTITY or UNSUPPORTED_PROTOCOL */
    static void requireProtocol(Headers headers) {
        String protocol = headers.getFirst(PROTOCOL_HEADER);
        if (protocol == null || protocol.isBlank()) {
            throw missing(PROTOCOL_HEADER);
        }
        if (!PROTOCOL.equals(protocol.strip())) {
            throw SyncError.badRequest("UNSUPPORTED_PROTOCOL", "this server speaks " + PROTOCOL + ", not " + protocol)
                    .with("supported", List.of(PROTOCOL));
        }
    }

    /** Whether {@code value} is an office code or workstation id: 1–64 characters of {@code [A-Za-z0-9._-]}. */
    static boolean isCode(String value) {
        return value != null && CODE.matcher(value).matches();
    }

    private static String checked(Headers headers, String name, Pattern pattern) {
        String value = headers.getFirst(name);
        if (value == null || !pattern.matcher(value.strip()).matches()) {
            throw missing(name);
        }
        return value.strip();
    }

    private static SyncError missing(String header) {
        return SyncError.badRequest("MISSING_IDENTITY", "header " + header + " is missing or malformed")
                .with("header", header);
    }
}
