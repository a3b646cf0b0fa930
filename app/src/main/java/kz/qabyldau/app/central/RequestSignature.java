package kz.qabyldau.app.central;

import com.sun.net.httpserver.Headers;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.nio.charset.StandardCharsets;

/**
 * Checks the signature of a request (protocol section 1, in the manner of HTTP Message Signatures, RFC 9421, with
 * Ed25519 from the JDK): method, path, query and body digest, the time it was signed and a nonce, under the key the
 * workstation registered when it enrolled. The office of the request is the key's.
 */
final class RequestSignature {

    static final String COMPONENTS = "(\"@method\" \"@path\" \"@query\" \"content-digest\")";
    private static final Pattern INPUT = Pattern.compile("sig1=" + Pattern.quote(COMPONENTS)
            + ";created=(\\d{1,12});nonce=\"([A-Za-z0-9_-]{16,64})\";keyid=\"([0-9a-f]{32})\";alg=\"ed25519\"");
    private static final Pattern SIGNATURE = Pattern.compile("sig1=:([A-Za-z0-9+/=]{1,200}):");

    private final WorkstationKeys keys;
    private final Duration window;

    RequestSignature(WorkstationKeys keys, Duration window) {
        this.keys = keys;
        this.window = window;
    }

    /** Whether the request carries a signature at all (else it is judged by the unsigned rules, if allowed). */
    static boolean present(Headers headers) {
        return headers.getFirst("Signature-Input") != null || headers.getFirst("Signature") != null;
    }

    /**
     * The identity of a correctly signed request.
     *
     * @throws SyncError 401 BAD_SIGNATURE, UNKNOWN_KEY, STALE_REQUEST or REPLAYED_NONCE; 400 DIGEST_MISMATCH
     */
    Identity verify(String method, String rawPath, String rawQuery, Headers headers, byte[] body, Instant now) {
        String input = headers.getFirst("Signature-Input");
        String signature = headers.getFirst("Signature");
        Matcher in = input == null ? null : INPUT.matcher(input.strip());
        Matcher sig = signature == null ? null : SIGNATURE.matcher(signature.strip());
        if (in == null || !in.matches() || sig == null || !sig.matches()) {
            throw unauthorized("BAD_SIGNATURE", "Signature-Input and Signature must read as section 1 describes");
        }
        long created = Long.parseLong(in.group(1));
        String nonce = in.group(2);
        String keyId = in.group(3);
        String digest = contentDigest(body);
        if (!digest.equals(strip(headers.getFirst("Content-Digest")))) {
            throw SyncError.badRequest("DIGEST_MISMATCH", "Content-Digest is not the SHA-256 of the body");
        }
        WorkstationKeys.Registered key = keys.find(keyId)
                .orElseThrow(() -> unauthorized("UNKNOWN_KEY", "no workstation is enrolled with this key"));
        if (Math.abs(now.getEpochSecond() - created) > window.toSeconds()) {
            throw unauthorized("STALE_REQUEST", "the request was signed at " + Instant.ofEpochSecond(created)
                    + ", outside " + window.toSeconds() + " s of the server's time " + now).with("serverTime",
                    now.toString());
        }
        String params = COMPONENTS + ";created=" + created + ";nonce=\"" + nonce + "\";keyid=\"" + keyId
                + "\";alg=\"ed25519\"";
        String base = base(method, rawPath, rawQuery, digest, params);
        if (!valid(key.publicKey(), base, sig.group(1))) {
            throw unauthorized("BAD_SIGNATURE", "the signature does not verify with the key " + keyId);
        }
        if (!keys.firstUse(keyId, nonce, created * 1000, now.minus(window.multipliedBy(2)).toEpochMilli())) {
            throw unauthorized("REPLAYED_NONCE", "this nonce was already used by this key");
        }
        return new Identity(key.office(), key.workstation(), key.region());
    }

    /** The signature base (RFC 9421, section 2.5): one line per component, then the parameters. */
    static String base(String method, String rawPath, String rawQuery, String digest, String params) {
        return "\"@method\": " + method + "\n"
                + "\"@path\": " + rawPath + "\n"
                + "\"@query\": ?" + (rawQuery == null ? "" : rawQuery) + "\n"
                + "\"content-digest\": " + digest + "\n"
                + "\"@signature-params\": " + params;
    }

    /** {@code sha-256=:BASE64:} of the body (RFC 9530). */
    static String contentDigest(byte[] body) {
        try {
            return "sha-256=:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(body)) + ":";
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** Whether {@code encoded} is an Ed25519 public key (X.509 SubjectPublicKeyInfo). */
    static boolean isPublicKey(byte[] encoded) {
        try {
            return "EdDSA".equals(KeyFactory.getInstance("Ed25519")
                    .generatePublic(new X509EncodedKeySpec(encoded)).getAlgorithm());
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private static boolean valid(byte[] publicKey, String base, String signatureBase64) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKey));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(base.getBytes(StandardCharsets.UTF_8));
            return verifier.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static String strip(String header) {
        return header == null ? "" : header.strip();
    }

    private static SyncError unauthorized(String code, String message) {
        return new SyncError(401, code, message);
    }
}
