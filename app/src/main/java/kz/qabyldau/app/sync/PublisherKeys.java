package kz.qabyldau.app.sync;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The reference-data publishers a workstation trusts (docs/sync-protocol.md 3.5, ADR 0122): Ed25519 public keys by
 * key id. An office workstation trusts the keys it ships ({@code /qabyldau/trust/publishers.txt}); training trusts
 * only the key of its own simulator. Never taken from the central service: the law is the publisher's, the central
 * only relays it.
 */
public final class PublisherKeys {

    private static final String SHIPPED = "/qabyldau/trust/publishers.txt";

    private final Map<String, byte[]> keys;

    private PublisherKeys(Map<String, byte[]> keys) {
        this.keys = Map.copyOf(keys);
    }

    /** The keys this build of the workstation ships. */
    public static PublisherKeys shipped() {
        try (InputStream in = PublisherKeys.class.getResourceAsStream(SHIPPED)) {
            if (in == null) {
                throw new IllegalStateException(SHIPPED + " is missing from the build");
            }
            Map<String, byte[]> keys = new LinkedHashMap<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String text = line.strip();
                if (!text.isEmpty() && !text.startsWith("#")) {
                    byte[] key = publicKey(Base64.getDecoder().decode(text));
                    keys.put(keyId(key), key);
                }
            }
            return new PublisherKeys(keys);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Exactly the given keys (X.509 SubjectPublicKeyInfo): training's own simulator, tests. */
    public static PublisherKeys of(byte[]... publicKeys) {
        Map<String, byte[]> keys = new LinkedHashMap<>();
        for (byte[] k : publicKeys) {
            keys.put(keyId(publicKey(k)), k.clone());
        }
        return new PublisherKeys(keys);
    }

    /** The trusted key with this id. */
    public Optional<byte[]> find(String keyId) {
        return Optional.ofNullable(keys.get(keyId)).map(byte[]::clone);
    }

    /** How many keys are trusted. */
    public int size() {
        return keys.size();
    }

    /** The id of a publisher key: the first 32 hex digits of the SHA-256 of its encoded form. */
    public static String keyId(byte[] publicKey) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(publicKey)).substring(0, 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private static byte[] publicKey(byte[] encoded) {
        try {
            KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
            return encoded;
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not an Ed25519 public key", e);
        }
    }
}
