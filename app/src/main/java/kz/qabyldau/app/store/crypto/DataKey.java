package kz.qabyldau.app.store.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;

import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;

import org.bouncycastle.crypto.digests.SHA256Digest;
import org.bouncycastle.crypto.generators.HKDFBytesGenerator;
import org.bouncycastle.crypto.params.HKDFParameters;

import kz.qabyldau.app.store.keys.IndexKey;

/**
 * The office's one random 256-bit data key, in memory only while an operator is signed in. The
 * keys actually used are derived from it with HKDF-SHA256 under distinct labels, so the blind
 * index key, the field key and the key check never share a key with each other.
 */
final class DataKey {

    static final int BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] material;
    private final SecretKey fields;
    private final byte[] index;
    private final IndexKey indexKey;

    private DataKey(byte[] material) {
        if (material.length != BYTES) {
            throw new IllegalArgumentException("a data key has " + BYTES + " bytes");
        }
        this.material = material.clone();
        this.fields = new SecretKeySpec(derive(material, "qabyldau.fields/1"), "AES");
        this.index = derive(material, "qabyldau.index/1");
        this.indexKey = hmacOf(new SecretKeySpec(index, "HmacSHA256"));
    }

    /**
     * One initialised {@link Mac} per thread: an autosave computes two blind indexes, and looking the algorithm up
     * and initialising it for each cost more than the digest itself.
     */
    private static IndexKey hmacOf(SecretKeySpec key) {
        ThreadLocal<Mac> macs = ThreadLocal.withInitial(() -> {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(key);
                return mac;
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("HmacSHA256 is not available", e);
            }
        });
        // doFinal leaves the Mac ready for the next input under the same key.
        return input -> macs.get().doFinal(input);
    }

    static DataKey random() {
        byte[] bytes = new byte[BYTES];
        RANDOM.nextBytes(bytes);
        try {
            return new DataKey(bytes);
        } finally {
            Arrays.fill(bytes, (byte) 0);
        }
    }

    static DataKey of(byte[] material) {
        return new DataKey(material);
    }

    /** The raw key for wrapping; callers wipe their copy. */
    SecretKey asWrappable() {
        return new SecretKeySpec(material, "AES");
    }

    /** AES-256 key of the sealed personal values. */
    SecretKey fields() {
        return fields;
    }

    /** HMAC-SHA256 under the index key: the blind indexes of search. */
    IndexKey indexKey() {
        return indexKey;
    }

    /** A public fingerprint of the key (HKDF label of its own): tells which key a database expects. */
    byte[] check() {
        return derive(material, "qabyldau.key-check/1");
    }

    boolean matches(byte[] expectedCheck) {
        return MessageDigest.isEqual(check(), expectedCheck);
    }

    /** Overwrites the key material this object holds (the derived JCA keys are left to the GC). */
    void wipe() {
        Arrays.fill(material, (byte) 0);
        Arrays.fill(index, (byte) 0);
    }

    private static byte[] derive(byte[] material, String label) {
        HKDFBytesGenerator hkdf = new HKDFBytesGenerator(new SHA256Digest());
        hkdf.init(new HKDFParameters(material, null, label.getBytes(StandardCharsets.US_ASCII)));
        byte[] out = new byte[BYTES];
        hkdf.generateBytes(out, 0, out.length);
        return out;
    }
}
