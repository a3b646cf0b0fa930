package kz.qabyldau.app.ui;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

import kz.qabyldau.app.central.CentralConfig;
import kz.qabyldau.app.central.CentralLimits;
import kz.qabyldau.app.central.CentralService;
import kz.qabyldau.app.sync.TrainingCentral;

/**
 * The central service of training mode: the simulator started in-process on loopback. Built here, where the
 * workstation is assembled, and handed to the sync as a {@link TrainingCentral}: the sync knows nothing of the
 * simulator (docs/decisions/0003-in-process-simulator.md).
 */
public final class TrainingSimulator implements TrainingCentral {

    /**
     * How the training simulator behaves.
     *
     * @param decisionDelay how long until a decision comes back
     * @param refuseRate    share of applications refused on a ground the desk cannot foresee, 0…1
     * @param revokeRate    share of issued permits revoked later, 0…1
     */
    public record Tuning(Duration decisionDelay, double refuseRate, double revokeRate) {

        public Tuning {
            Objects.requireNonNull(decisionDelay, "decisionDelay");
        }

        /** Decisions after 8 s, so a newcomer sees the whole path in a minute; 20 % refused, 2 % revoked. */
        public static Tuning standard() {
            return new Tuning(Duration.ofSeconds(8), 0.2, 0.02);
        }
    }

    /**
     * Training practises on sample applications filed on fixed days (docs/examples, the synthetic office) and accepted
     * today, so the simulator does not limit how old a filing or an outbox entry may be; the other date rules (nothing
     * in the future, nothing accepted before it was filed) and every other limit stay (ADR 0120).
     */
    private static final CentralLimits TRAINING_LIMITS = CentralLimits.defaults()
            .withMaxOutboxAge(Duration.ofDays(36_500)).withMaxFilingToAcceptance(Duration.ofDays(36_500));

    private final CentralService service;

    private TrainingSimulator(CentralService service) {
        this.service = service;
    }

    /** Starts simulators tuned so, each keeping its data in the folder it is given. */
    public static TrainingCentral.Starter starter(Tuning tuning) {
        Objects.requireNonNull(tuning, "tuning");
        return dataDir -> start(dataDir, tuning);
    }

    /** Starts a simulator on a free loopback port with its data in {@code dataDir}. */
    public static TrainingSimulator start(Path dataDir, Tuning tuning) {
        return start(dataDir, tuning, 0);
    }

    /** Starts a simulator on loopback {@code port} (0: a free one) with its data in {@code dataDir}. */
    static TrainingSimulator start(Path dataDir, Tuning tuning, int port) {
        return new TrainingSimulator(CentralService.start(CentralConfig.defaults(dataDir, port).toBuilder()
                .decisionDelay(tuning.decisionDelay())
                .refuseRate(tuning.refuseRate())
                .revokeRate(tuning.revokeRate())
                .limits(TRAINING_LIMITS)
                .signedRequestsOnly(true)
                .build()));
    }

    /** The simulator itself (decide now, revoke: test and demonstration control). */
    public CentralService service() {
        return service;
    }

    @Override
    public URI baseUri() {
        return service.baseUri();
    }

    @Override
    public String enrolmentCode(String office, String region) {
        return service.issueEnrolmentCode(office, region);
    }

    @Override
    public byte[] publisherKey() {
        return service.publisherKey();
    }

    @Override
    public void close() {
        service.stop();
    }
}
