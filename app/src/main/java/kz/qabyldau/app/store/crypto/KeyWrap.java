package kz.qabyldau.app.store.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidKeyException;
import java.security.Key;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.SecretKey;

/**
 * AES key wrap (RFC 3394, the JDK's {@code AESWrap}) of the data key under a key-encryption key. Its
 * integrity check makes a wrong password a clean "opens nothing" instead of a wrong key.
 */
final class KeyWrap {

    private KeyWrap() {
    }

    static byte[] wrap(DataKey key, SecretKey kek) {
        try {
            Cipher cipher = Cipher.getInstance("AESWrap");
            cipher.init(Cipher.WRAP_MODE, kek);
            return cipher.wrap(key.asWrappable());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AESWrap is not available", e);
        }
    }

    static Optional<DataKey> unwrap(byte[] wrapped, SecretKey kek) {
        try {
            Cipher cipher = Cipher.getInstance("AESWrap");
            cipher.init(Cipher.UNWRAP_MODE, kek);
            Key key = cipher.unwrap(wrapped, "AES", Cipher.SECRET_KEY);
            byte[] material = key.getEncoded();
            try {
                return Optional.of(DataKey.of(material));
            } finally {
                Arrays.fill(material, (byte) 0);
            }
        } catch (InvalidKeyException | IllegalArgumentException e) {
            // The integrity check failed: another password, or a damaged wrap.
            return Optional.empty();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AESWrap is not available", e);
        }
    }
}
