package kz.qabyldau.app.central;

import java.nio.file.Path;
import java.time.Duration;

/** Starting the simulator for a test: any free port, its own folder, decisions only when a test asks. */
public final class CentralTestSupport {

    static final String ASTANA = "710000000";
    static final String ALMATY = "750000000";
    /** The administrator credential of the test simulators ({@link SyncClient#admin}). */
    static final String ADMIN = "test-admin-credential";

    private CentralTestSupport() {
    }

    /**
     * The limits of the tests: the examples (docs/examples) are filed on 2026-03-02 and the tests' desks accept them
     * on the system clock, so neither the age of an outbox entry nor the time from filing to acceptance is limited
     * (SubmissionTrustTest checks both with a server clock of that day); every other limit is the default.
     */
    public static CentralLimits exampleDates() {
        return CentralLimits.defaults().withMaxOutboxAge(Duration.ofDays(36_500))
                .withMaxFilingToAcceptance(Duration.ofDays(36_500));
    }

    /** No decision before the test calls {@code decideNow()}; nothing refused or revoked at random. */
    static CentralConfig quiet(Path dir) {
        return CentralConfig.defaults(dir, 0).withDecisionDelay(Duration.ofHours(1)).withRates(0, 0)
                .withHang(Duration.ofSeconds(20)).withAdminCredential(ADMIN).withLimits(exampleDates());
    }
}
