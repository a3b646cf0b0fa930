package kz.qabyldau.app.store.crypto;

/**
 * Argon2id cost of deriving a wrapping key from a password, stored with every wrap so that a later
 * version may raise it for new wraps and still open the old ones.
 *
 * @param memoryKib   memory in KiB
 * @param iterations  passes over the memory
 * @param parallelism lanes
 */
record KdfCost(int memoryKib, int iterations, int parallelism) {

    /**
     * 46 MiB, 1 pass, 1 lane: one of OWASP's recommended Argon2id settings. Bouncy Castle's Argon2 is
     * pure Java: this costs about half a second per sign-in on a busy 2-core office PC
     * (docs/benchmarks.md), paid once per sign-in by the clerk and once per guess by anyone who
     * copied the database.
     */
    static final KdfCost OFFICE = new KdfCost(46 * 1024, 1, 1);

    KdfCost {
        if (memoryKib < 8 * parallelism || iterations < 1 || parallelism < 1) {
            throw new IllegalArgumentException(
                    "not an Argon2 cost: " + memoryKib + "/" + iterations + "/" + parallelism);
        }
    }
}
