package kz.qabyldau.app.central;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;

/**
 * Tables {@code enrolment_code}, {@code workstation_key} and {@code seen_nonce}: who may enrol, the registered public
 * keys of the workstations, and the nonces already used (protocol section 1).
 */
final class WorkstationKeys {

    /** A registered workstation: its key decides the office, workstation and region of every signed request. */
    record Registered(String keyId, String office, String workstation, String region, byte[] publicKey) {
    }

    /** Crockford-like alphabet without 0/O, 1/I/L: a code is read aloud or typed from paper. */
    private static final char[] ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final CentralStore store;
    /** The registered keys already read: every signed request needs its key (a new enrolment clears it). */
    private final Map<String, Registered> known = new ConcurrentHashMap<>();

    WorkstationKeys(CentralStore store) {
        this.store = store;
    }

    /** A new one-time code for {@code office} in {@code region}, valid until {@code expiresAtMillis}. */
    String issueCode(String office, String region, long expiresAtMillis) {
        StringBuilder code = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        String text = code.toString();
        store.tx(c -> Sql.update(c, "INSERT INTO enrolment_code (code_hash, office, region, expires_at_millis) "
                + "VALUES (?, ?, ?, ?)", hash(text), office, region, expiresAtMillis));
        return text;
    }

    /**
     * Uses the code (once) and registers the key for its office and the workstation, replacing an earlier key of that
     * workstation.
     *
     * @return the registration, or empty when the code is unknown, used or expired (the caller says no more)
     */
    Optional<Registered> enrol(String code, String workstation, byte[] publicKey, long nowMillis,
                               OffsetDateTime now) {
        String codeHash = hash(normalised(code));
        known.clear(); // the workstation's earlier key stops signing now (and again once the new one is in)
        Optional<Registered> enrolled = store.tx(c -> {
            String office;
            String region;
            try (PreparedStatement ps = c.prepareStatement("SELECT office, region FROM enrolment_code "
                    + "WHERE code_hash = ? AND used = 0 AND expires_at_millis > ?")) {
                ps.setString(1, codeHash);
                ps.setLong(2, nowMillis);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Registered>empty();
                    }
                    office = rs.getString(1);
                    region = rs.getString(2);
                }
            }
            Sql.update(c, "UPDATE enrolment_code SET used = 1 WHERE code_hash = ?", codeHash);
            Sql.update(c, "DELETE FROM workstation_key WHERE office = ? AND workstation = ?", office, workstation);
            String keyId = hash(HexFormat.of().formatHex(publicKey)).substring(0, 32);
            Sql.update(c, "DELETE FROM workstation_key WHERE key_id = ?", keyId);
            Sql.update(c, "INSERT INTO workstation_key (key_id, office, workstation, region, public_key, enrolled_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?)", keyId, office, workstation, region, publicKey, now.toString());
            return Optional.of(new Registered(keyId, office, workstation, region, publicKey));
        });
        known.clear();
        return enrolled;
    }

    Optional<Registered> find(String keyId) {
        Registered cached = known.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Registered> found = store.tx(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT office, workstation, region, public_key "
                    + "FROM workstation_key WHERE key_id = ?")) {
                ps.setString(1, keyId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Registered(keyId, rs.getString(1), rs.getString(2),
                            rs.getString(3), rs.getBytes(4))) : Optional.<Registered>empty();
                }
            }
        });
        found.ifPresent(r -> known.put(keyId, r));
        return found;
    }

    /**
     * Records the nonce of a verified request; false when this key used it already. Nonces older than
     * {@code forgetBeforeMillis} are forgotten: a request that old is refused by its time anyway.
     */
    boolean firstUse(String keyId, String nonce, long createdMillis, long forgetBeforeMillis) {
        return store.tx(c -> {
            Sql.update(c, "DELETE FROM seen_nonce WHERE created_millis < ?", forgetBeforeMillis);
            return Sql.update(c, "INSERT OR IGNORE INTO seen_nonce (key_id, nonce, created_millis) VALUES (?, ?, ?)",
                    keyId, nonce, createdMillis) == 1;
        });
    }

    private static String normalised(String code) {
        return code == null ? "" : code.strip().toUpperCase(Locale.ROOT).replace(" ", "");
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
