package kz.qabyldau.app.store.operators;

import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

/**
 * Argon2id password hashes (Bouncy Castle) in the PHC string format,
 * {@code $argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>}: the cost travels with each hash, so a later
 * version can raise {@link Cost#OFFICE} for new passwords and still check the old ones.
 */
final class PasswordHash {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder B64_DECODER = Base64.getDecoder();

    /**
     * Argon2id cost.
     *
     * @param memoryKib   memory in KiB
     * @param iterations  passes
     * @param parallelism lanes
     */
    record Cost(int memoryKib, int iterations, int parallelism) {

        /**
         * 19 MiB, 2 passes, 1 lane: OWASP's first Argon2id setting. The data key's wrap (46 MiB, 1 pass)
         * is the other half of a sign-in; together well under a second on an office PC.
         */
        static final Cost OFFICE = new Cost(19 * 1024, 2, 1);

        Cost {
            if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
                throw new IllegalArgumentException("not an Argon2 cost");
            }
        }
    }

    private PasswordHash() {
    }

    /** A new hash of {@code password} with a fresh random salt. */
    static String hash(char[] password, Cost cost) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        byte[] hash = derive(password, salt, cost);
        try {
            return "$argon2id$v=19$m=" + cost.memoryKib() + ",t=" + cost.iterations() + ",p=" + cost.parallelism()
                    + "$" + B64.encodeToString(salt) + "$" + B64.encodeToString(hash);
        } finally {
            Arrays.fill(hash, (byte) 0);
        }
    }

    /** Whether {@code password} is the one {@code stored} was made of; false for a malformed hash. */
    static boolean verify(char[] password, String stored) {
        Optional<Parsed> parsed = parse(stored);
        if (parsed.isEmpty()) {
            return false;
        }
        byte[] computed = derive(password, parsed.get().salt(), parsed.get().cost());
        try {
            return MessageDigest.isEqual(computed, parsed.get().hash());
        } finally {
            Arrays.fill(computed, (byte) 0);
        }
    }

    /** The same work as {@link #verify} for a login that does not exist, so the time tells nothing. */
    static void spendTheSameTime(char[] password, Cost cost) {
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        Arrays.fill(derive(password, salt, cost), (byte) 0);
    }

    private record Parsed(Cost cost, byte[] salt, byte[] hash) {
    }

    private static Optional<Parsed> parse(String stored) {
        String[] parts = stored.split("\\$");
        // "", "argon2id", "v=19", "m=..,t=..,p=..", salt, hash
        if (parts.length != 6 || !parts[1].equals("argon2id") || !parts[2].equals("v=19")) {
            return Optional.empty();
        }
        try {
            int m = 0;
            int t = 0;
            int p = 0;
            for (String setting : parts[3].split(",")) {
                String[] kv = setting.split("=", 2);
                int value = Integer.parseInt(kv[1]);
                switch (kv[0]) {
                    case "m" -> m = value;
                    case "t" -> t = value;
                    case "p" -> p = value;
                    default -> {
                        return Optional.empty();
                    }
                }
            }
            return Optional.of(new Parsed(new Cost(m, t, p), B64_DECODER.decode(parts[4]),
                    B64_DECODER.decode(parts[5])));
        } catch (IllegalArgumentException | ArrayIndexOutOfBoundsException e) {
            return Optional.empty();
        }
    }

    private static byte[] derive(char[] password, byte[] salt, Cost cost) {
        Argon2Parameters parameters = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withSalt(salt)
                .withMemoryAsKB(cost.memoryKib())
                .withIterations(cost.iterations())
                .withParallelism(cost.parallelism())
                .build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(parameters);
        byte[] out = new byte[HASH_BYTES];
        generator.generateBytes(password, out);
        return out;
    }
}
