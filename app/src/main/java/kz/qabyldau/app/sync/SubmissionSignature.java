package kz.qabyldau.app.sync;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The detached signature a pushed application carries (docs/sync-protocol.md, section 3.3): the workstation's
 * Ed25519 key over the canonical content of the submission — the application, the verdict, {@code acceptedAt},
 * {@code clerk}, {@code operator} and {@code ticket} — so that the central service keeps, beside the record, the
 * workstation's own word for exactly what it accepted, verifiable later without the request that carried it.
 *
 * <p>The signed bytes are {@link #CONTEXT} followed by the {@link CanonicalJson canonical JSON} of an object with
 * those six members (an absent one is {@code null}); the signature travels as
 * {@code "signature": {"keyid": "…", "alg": "ed25519", "value": "BASE64"}} beside them.
 */
public final class SubmissionSignature {

    /** What the signed bytes begin with: a signature over a submission is never one over anything else. */
    public static final String CONTEXT = "qabyldau.submission/1\n";
    /** The members of the body the signature covers, in canonical order. */
    public static final List<String> SIGNED = List.of("acceptedAt", "application", "clerk", "operator", "ticket",
            "verdict");

    /** The detached signature of a body: the key that made it and the signature's bytes. */
    public record Detached(String keyId, byte[] value) {

        /** The signature as the body carries it. */
        public ObjectNode toJson() {
            ObjectNode node = JsonNodeFactory.instance.objectNode();
            node.put("keyid", keyId);
            node.put("alg", "ed25519");
            node.put("value", Base64.getEncoder().encodeToString(value));
            return node;
        }
    }

    private static final Pattern KEY_ID = Pattern.compile("[0-9a-f]{32}");

    private SubmissionSignature() {
    }

    /** The bytes that are signed for {@code body} (its other members, {@code signature} too, are not covered). */
    public static byte[] signedBytes(JsonNode body) {
        ObjectNode content = JsonNodeFactory.instance.objectNode();
        for (String member : SIGNED) {
            JsonNode v = body.get(member);
            content.set(member, v == null || v.isMissingNode() ? JsonNodeFactory.instance.nullNode() : v);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(CONTEXT.getBytes(StandardCharsets.UTF_8));
        out.writeBytes(CanonicalJson.bytes(content));
        return out.toByteArray();
    }

    /** Adds {@code signature} to {@code body}, made with {@code key} over its canonical content. */
    public static ObjectNode sign(ObjectNode body, WorkstationKey key) {
        try {
            Signature signer = Signature.getInstance("Ed25519");
            signer.initSign(key.privateKey());
            signer.update(signedBytes(body));
            body.set("signature", new Detached(key.keyId(), signer.sign()).toJson());
            return body;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the workstation key " + key.keyId(), e);
        }
    }

    /**
     * The signature {@code body} carries, read but not verified; empty when it has none, or one that does not read as
     * {@code {"keyid": 32 hex digits, "alg": "ed25519", "value": base64}}.
     */
    public static Optional<Detached> of(JsonNode body) {
        JsonNode s = body.get("signature");
        if (s == null || !s.isObject() || !"ed25519".equals(s.path("alg").asText())
                || !KEY_ID.matcher(s.path("keyid").asText("")).matches() || !s.path("value").isTextual()) {
            return Optional.empty();
        }
        try {
            byte[] value = Base64.getDecoder().decode(s.path("value").asText());
            return value.length == 64 ? Optional.of(new Detached(s.path("keyid").asText(), value)) : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /**
     * Whether {@code signature} is the signature of {@code body}'s canonical content by the Ed25519 public key
     * {@code publicKey} (X.509 SubjectPublicKeyInfo).
     */
    public static boolean verifies(JsonNode body, Detached signature, byte[] publicKey) {
        try {
            PublicKey key = KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(publicKey));
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(key);
            verifier.update(signedBytes(body));
            return verifier.verify(signature.value());
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }
}
