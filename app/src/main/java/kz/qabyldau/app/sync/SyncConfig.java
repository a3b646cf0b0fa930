package kz.qabyldau.app.sync;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.Locale;

/**
 * How this workstation reaches the central service and names itself (docs/sync-protocol.md, section 1).
 *
 * @param baseUri        the central service address; {@code https://}, or {@code http://} on loopback only
 * @param office         the office code sent as {@code Qabyldau-Office}
 * @param workstation    this workstation's id ({@code Qabyldau-Workstation})
 * @param region         the office's KATO region, 9 digits ({@code Qabyldau-Region})
 * @param token          the bearer token set for this workstation
 * @param requestTimeout how long one request may take before it counts as lost (then it is repeated)
 * @param chunkBytes     scans larger than this are uploaded in chunks of this size (resumable)
 * @param key            the key this workstation enrolled with; present = every request is signed with it
 */
public record SyncConfig(URI baseUri, String office, String workstation, String region, String token,
                         Duration requestTimeout, int chunkBytes, Optional<WorkstationKey> key) {

    /** The protocol this client speaks. */
    public static final String PROTOCOL = "qabyldau.sync/1";

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._-]{1,64}");
    private static final Pattern KATO = Pattern.compile("\\d{9}");
    private static final Pattern IPV4_LOOPBACK = Pattern.compile("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");

    public SyncConfig {
        Objects.requireNonNull(baseUri, "baseUri");
        requireSafeAddress(baseUri);
        if (!baseUri.toString().endsWith("/")) {
            baseUri = URI.create(baseUri + "/");
        }
        require(NAME, office, "office code");
        require(NAME, workstation, "workstation id");
        require(KATO, region, "region (KATO, 9 digits)");
        // Blank when the workstation signs its requests (enrolled): the token is only for unsigned ones.
        token = token == null ? "" : token.strip();
        Objects.requireNonNull(requestTimeout, "requestTimeout");
        key = key == null ? Optional.empty() : key;
        if (chunkBytes < 1024) {
            throw new IllegalArgumentException("chunks of at least 1 KiB");
        }
    }

    /** A configuration with a 30 s request timeout and 1 MiB chunks. */
    public static SyncConfig of(URI baseUri, String office, String workstation, String region, String token) {
        return new SyncConfig(baseUri, office, workstation, region, token, Duration.ofSeconds(30), 1 << 20,
                Optional.empty());
    }

    public SyncConfig withRequestTimeout(Duration timeout) {
        return new SyncConfig(baseUri, office, workstation, region, token, timeout, chunkBytes, key);
    }

    public SyncConfig withChunkBytes(int bytes) {
        return new SyncConfig(baseUri, office, workstation, region, token, requestTimeout, bytes, key);
    }

    /** Signs every request with {@code signingKey} (the office and workstation are then the key's). */
    public SyncConfig withKey(WorkstationKey signingKey) {
        return new SyncConfig(baseUri, office, workstation, region, token, requestTimeout, chunkBytes,
                Optional.of(signingKey));
    }

    /**
     * The HTTPS rule of the protocol, enforced before any byte leaves the workstation: plain HTTP only to a
     * literal loopback host (never resolved, so a DNS answer cannot make a remote host look local).
     */
    static void requireSafeAddress(URI uri) {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.isEmpty()) {
            throw new IllegalArgumentException("the central service address has no host: " + uri);
        }
        if (scheme.equals("https")) {
            return;
        }
        boolean loopback = host.equals("localhost") || host.equals("[::1]") || host.equals("::1")
                || IPV4_LOOPBACK.matcher(host).matches();
        if (!scheme.equals("http") || !loopback) {
            throw new IllegalArgumentException("the central service must be reached over HTTPS (plain HTTP only on "
                    + "loopback): " + uri);
        }
    }

    private static void require(Pattern pattern, String value, String what) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new IllegalArgumentException("invalid " + what + ": " + value);
        }
    }
}
