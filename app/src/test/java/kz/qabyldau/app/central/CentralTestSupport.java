package kz.qabyldau.app.central;

import java.nio.file.Path;
import java.time.Duration;

/** Starting the simulator for a test: any free port, its own folder, decisions only when a test asks. */
final class CentralTestSupport {

    static final String ASTANA = "710000000";
    static final String ALMATY = "750000000";

    private CentralTestSupport() {
    }

    /** No decision before the test calls {@code decideNow()}; nothing refused or revoked at random. */
    static CentralConfig quiet(Path dir) {
        return CentralConfig.defaults(dir, 0).withDecisionDelay(Duration.ofHours(1)).withRates(0, 0)
                .withHang(Duration.ofSeconds(20));
    }
}
