package kz.qabyldau.app.sync;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Objects;

/**
 * This workstation's signing key, registered with the central service at enrolment (docs/sync-protocol.md, section
 * 1): Ed25519 from the JDK. Signs each request over its method, path, query and body digest, with the time and a
 * fresh nonce, in the manner of HTTP Message Signatures (RFC 9421).
 *
 * @param keyId      the id the central service gave the public key when it registered it
 * @param privateKey the private key; never leaves the workstation
 */
public record WorkstationKey(String keyId, PrivateKey privateKey) {

    static final String COMPONENTS = "(\"@method\" \"@path\" \"@query\" \"content-digest\")";
    private static final SecureRandom RANDOM = new SecureRandom();

    public WorkstationKey {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(privateKey, "privateKey");
    }

    /** Not the key: a record's default text would print it. */
    @Override
    public String toString() {
        return "WorkstationKey[" + keyId + "]";
    }

    /**
     * The text this key is kept as in the workstation's database ({@code sync_state}, sealed in an office database
     * with a data key): the key id and the PKCS#8 private key in Base64. A secret: never logged, never shown.
     */
    String stored() {
        return keyId + " " + Base64.getEncoder().encodeToString(privateKey.getEncoded());
    }

    /** The key kept as {@link #stored()} wrote it. @throws IllegalArgumentException when it does not read so */
    static WorkstationKey fromStored(String text) {
        int space = text == null ? -1 : text.indexOf(' ');
        if (space <= 0) {
            throw new IllegalArgumentException("not a stored workstation key");
        }
        try {
            PrivateKey key = KeyFactory.getInstance("Ed25519").generatePrivate(
                    new PKCS8EncodedKeySpec(Base64.getDecoder().decode(text.substring(space + 1))));
            return new WorkstationKey(text.substring(0, space), key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a stored workstation key", e);
        }
    }

    /** A new Ed25519 key pair for an enrolment. */
    public static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has Ed25519", e);
        }
    }

    /** The three headers of a signed request. */
    public record SignedHeaders(String contentDigest, String signatureInput, String signature) {
    }

    /**
     * Signs one request.
     *
     * @param createdEpochSecond when it is signed (the server refuses it outside a short window of its own time)
     */
    public SignedHeaders sign(String method, String rawPath, String rawQuery, byte[] body, long createdEpochSecond) {
        byte[] nonceBytes = new byte[18];
        RANDOM.nextBytes(nonceBytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(nonceBytes);
        String digest = contentDigest(body);
        String params = COMPONENTS + ";created=" + createdEpochSecond + ";nonce=\"" + nonce + "\";keyid=\"" + keyId
                + "\";alg=\"ed25519\"";
        String base = "\"@method\": " + method + "\n"
                + "\"@path\": " + rawPath + "\n"
                + "\"@query\": ?" + (rawQuery == null ? "" : rawQuery) + "\n"
                + "\"content-digest\": " + digest + "\n"
                + "\"@signature-params\": " + params;
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(privateKey);
            signer.update(base.getBytes(StandardCharsets.UTF_8));
            return new SignedHeaders(digest, "sig1=" + params,
                    "sig1=:" + Base64.getEncoder().encodeToString(signer.sign()) + ":");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the workstation key " + keyId, e);
        }
    }

    /** {@code sha-256=:BASE64:} of the body (RFC 9530). */
    static String contentDigest(byte[] body) {
        try {
            return "sha-256=:" + Base64.getEncoder().encodeToString(MessageDigest.getInstance("SHA-256")
                    .digest(body)) + ":";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    /** A short fingerprint of a public key for the administrator to compare (never the key itself). */
    public static String fingerprint(byte[] encodedPublicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(encodedPublicKey))
                    .substring(0, 16);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
