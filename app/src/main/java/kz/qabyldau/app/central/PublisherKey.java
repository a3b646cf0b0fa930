package kz.qabyldau.app.central;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Table {@code publisher_key}: the simulator's own reference-data publisher key (Ed25519), made at the first start.
 * The simulator stands for the publisher too: what it publishes it signs; training's workstation trusts this key only.
 */
final class PublisherKey {

    /** The key pair's halves as kept. */
    record Halves(PrivateKey privateKey, byte[] publicKey) {
    }

    private PublisherKey() {
    }

    /** The kept key, made and kept first if there is none. */
    static Halves load(CentralStore store) {
        return store.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT private_key, public_key FROM publisher_key")) {
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next()) {
                        return new Halves(privateKey(rs.getBytes(1)), rs.getBytes(2));
                    }
                }
            }
            KeyPair pair;
            try {
                pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException("the JDK has Ed25519", e);
            }
            Sql.update(c, "INSERT INTO publisher_key (id, private_key, public_key) VALUES (1, ?, ?)",
                    pair.getPrivate().getEncoded(), pair.getPublic().getEncoded());
            return new Halves(pair.getPrivate(), pair.getPublic().getEncoded());
        });
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the kept publisher key does not read", e);
        }
    }
}
