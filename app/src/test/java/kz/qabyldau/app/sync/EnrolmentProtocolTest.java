package kz.qabyldau.app.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralService;

/**
 * Issue #11: a workstation that speaks a protocol version the central service no longer serves is told so at
 * enrolment ({@code 400 UNSUPPORTED_PROTOCOL}, which Settings shows as "update needed"), by the real simulator on
 * loopback, and the one-time code is not used up by the refusal.
 */
class EnrolmentProtocolTest {

    @TempDir
    Path dir;
    private CentralService central;

    @BeforeEach
    void start() {
        central = CentralService.start(CentralConfig.defaults(dir, 0).withDecisionDelay(Duration.ofHours(1))
                .withSignedRequestsOnly(true));
    }

    @AfterEach
    void stop() {
        central.stop();
    }

    @Test
    void anOlderWorkstationIsToldToUpdateAndTheCodeStaysGood() throws SyncFailure {
        String code = central.issueEnrolmentCode("AST-03", "710000000");

        SyncFailure old = catchThrowableOfType(() -> Enrolment.enrol(central.baseUri(), code, "ws-1",
                WorkstationKey.generate(), "qabyldau.sync/0"), SyncFailure.class);

        assertThat(old.kind()).isEqualTo(SyncFailure.Kind.REJECTED);
        assertThat(old.code()).isEqualTo("UNSUPPORTED_PROTOCOL");
        assertThat(old.status()).isEqualTo(400);
        assertThat(Enrolment.enrol(central.baseUri(), code, "ws-1", WorkstationKey.generate()).office())
                .as("after the update, the same code enrols").isEqualTo("AST-03");
    }
}
