package kz.qabyldau.app.sync;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The publisher's signature of a reference-data bundle (docs/sync-protocol.md 3.5, "Signed law"): Ed25519 over the
 * text {@code qabyldau.reference-data/1} and a line feed followed by the {@link CanonicalJson canonical JSON} of the
 * whole {@code referenceData} object without its {@code signature} member — id, {@code sequence},
 * {@code effectiveFrom}, description and every file with its text. {@code sequence} grows with each bundle of a
 * publisher, so an older bundle delivered after a newer one is known for what it is.
 */
public final class LawSignature {

    /** What the signed bytes begin with. */
    public static final String CONTEXT = "qabyldau.reference-data/1\n";

    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{32}");

    /** Why a bundle is refused whole (the audit trail's detail and the Outbox page's text). */
    public enum Refusal {
        /** No signature, or one that does not read. */
        UNSIGNED,
        /** Not made by the key it names, or over other content. */
        BAD_SIGNATURE,
        /**
         * Signed by a publisher key this workstation does not trust: the publisher's key is not installed here (ADR
         * 0124). The stored reason carries the key id, {@code UNTRUSTED_KEY:<keyid>}, so the page can name it.
         */
        UNTRUSTED_KEY,
        /** Its {@code sequence} is not after the newest bundle already applied from that publisher. */
        OLDER
    }

    /** A bundle whose signature verified: the publisher's key id and the bundle's sequence. */
    public record Signed(String keyId, long sequence) {
    }

    private LawSignature() {
    }

    /** Adds {@code sequence} and the publisher's {@code signature} to {@code bundle}. */
    public static ObjectNode sign(ObjectNode bundle, long sequence, PrivateKey key, byte[] publicKey) {
        bundle.remove("signature");
        bundle.put("sequence", sequence);
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key);
            signer.update(signedBytes(bundle));
            ObjectNode s = bundle.putObject("signature");
            s.put("keyid", PublisherKeys.keyId(publicKey));
            s.put("alg", "ed25519");
            s.put("value", Base64.getEncoder().encodeToString(signer.sign()));
            return bundle;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a bundle", e);
        }
    }

    /**
     * The publisher and sequence of a bundle signed by a trusted key.
     *
     * @return the refusal instead when the bundle is unsigned or not signed by a trusted key over this content
     */
    public static Result check(JsonNode bundle, PublisherKeys trusted) {
        JsonNode s = bundle.path("signature");
        JsonNode sequence = bundle.path("sequence");
        if (!s.isObject() || !"ed25519".equals(s.path("alg").asText()) || !s.path("value").isTextual()
                || !sequence.canConvertToLong() || !sequence.isIntegralNumber()) {
            return new Result(Optional.empty(), Optional.of(Refusal.UNSIGNED));
        }
        String keyId = s.path("keyid").asText("");
        if (!KEY_ID.matcher(keyId).matches()) {
            return new Result(Optional.empty(), Optional.of(Refusal.BAD_SIGNATURE));
        }
        Optional<byte[]> key = trusted.find(keyId);
        if (key.isEmpty()) {
            return new Result(Optional.empty(), Optional.of(Refusal.UNTRUSTED_KEY));
        }
        if (!verifies(bundle, s.path("value").asText(), key.get())) {
            return new Result(Optional.empty(), Optional.of(Refusal.BAD_SIGNATURE));
        }
        return new Result(Optional.of(new Signed(keyId, sequence.asLong())), Optional.empty());
    }

    /** The key id a bundle's signature names, when it has the form of one ({@link PublisherKeys#keyId}). */
    public static Optional<String> namedKey(JsonNode bundle) {
        String keyId = bundle.path("signature").path("keyid").asText("");
        return KEY_ID.matcher(keyId).matches() ? Optional.of(keyId) : Optional.empty();
    }

    /** What {@link #check} found: the signer, or why not. */
    public record Result(Optional<Signed> signed, Optional<Refusal> refusal) {
    }

    private static boolean verifies(JsonNode bundle, String signatureBase64, byte[] publicKey) {
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKey)));
            verifier.update(signedBytes(bundle));
            return verifier.verify(Base64.getDecoder().decode(signatureBase64));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    /** The bytes the publisher signs: the context and the canonical bundle without its signature. */
    static byte[] signedBytes(JsonNode bundle) {
        ObjectNode content = bundle.deepCopy();
        content.remove("signature");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(CONTEXT.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(CanonicalJson.bytes(content));
        return out.toByteArray();
    }
}
