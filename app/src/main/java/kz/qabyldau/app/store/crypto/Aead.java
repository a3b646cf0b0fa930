package kz.qabyldau.app.store.crypto;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.AEADBadTagException;

/**
 * AES-256-GCM from the JDK with a fresh random 96-bit nonce per value. A sealed value is
 * {@code 0x51 0x01}, the nonce, then ciphertext and the 128-bit tag; the associated data (where the
 * value lives) is authenticated, not stored. Random nonces are safe for far more values than an
 * office writes under one key (NIST SP 800-38D: 2^32 per key).
 */
final class Aead {

    static final byte MAGIC = 0x51;
    static final byte VERSION = 0x01;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    static final int OVERHEAD = 2 + NONCE_BYTES + TAG_BITS / 8;

    private static final String TRANSFORMATION = "AES/GCM/NoPadding";
    private static final SecureRandom RANDOM = new SecureRandom();
    /** One cipher object per thread: looking the algorithm up costs more than sealing a small value. */
    private static final ThreadLocal<Cipher> CIPHER = ThreadLocal.withInitial(() -> {
        try {
            return Cipher.getInstance(TRANSFORMATION);
        } catch (GeneralSecurityException e) {
            // AES-GCM is required of every Java platform: this is a broken runtime, not bad input.
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    });

    private Aead() {
    }

    static byte[] seal(SecretKey key, byte[] plain, byte[] associatedData) {
        byte[] nonce = new byte[NONCE_BYTES];
        RANDOM.nextBytes(nonce);
        try {
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(associatedData);
            // Straight into the result: no second copy of a 4 KB application on every autosave.
            byte[] sealed = new byte[2 + NONCE_BYTES + cipher.getOutputSize(plain.length)];
            sealed[0] = MAGIC;
            sealed[1] = VERSION;
            System.arraycopy(nonce, 0, sealed, 2, NONCE_BYTES);
            int written = cipher.doFinal(plain, 0, plain.length, sealed, 2 + NONCE_BYTES);
            int length = 2 + NONCE_BYTES + written;
            return length == sealed.length ? sealed : Arrays.copyOf(sealed, length);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM failed to seal", e);
        }
    }

    /** The plain value, or empty when the bytes are not a value sealed under this key with this data. */
    static Optional<byte[]> open(SecretKey key, byte[] sealed, byte[] associatedData) {
        if (sealed.length < OVERHEAD || sealed[0] != MAGIC || sealed[1] != VERSION) {
            return Optional.empty();
        }
        try {
            Cipher cipher = CIPHER.get();
            cipher.init(Cipher.DECRYPT_MODE, key,
                    new GCMParameterSpec(TAG_BITS, Arrays.copyOfRange(sealed, 2, 2 + NONCE_BYTES)));
            cipher.updateAAD(associatedData);
            return Optional.of(cipher.doFinal(sealed, 2 + NONCE_BYTES, sealed.length - 2 - NONCE_BYTES));
        } catch (AEADBadTagException e) {
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }
}
