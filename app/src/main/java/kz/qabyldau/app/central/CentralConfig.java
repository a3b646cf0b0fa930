package kz.qabyldau.app.central;

import java.net.InetAddress;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;

/**
 * How to run the simulated central service.
 *
 * @param dataDir       the folder of its database ({@code central.db}); created if missing
 * @param port          the TCP port, 0 for any free one
 * @param bindAddress   must be a loopback address: the simulator speaks plain HTTP
 * @param decisionDelay how long after receipt an application is decided (and a permit revoked, when drawn)
 * @param refuseRate    share of applications refused on a ground the desk cannot foresee, 0…1
 * @param revokeRate    share of issued permits revoked later, 0…1
 * @param seed          makes refusals, grounds and revocations reproducible
 * @param token         the only bearer token accepted, or empty to accept any non-blank token
 * @param hang          how long a {@link FaultMode#HANG} request is held before the connection closes
 * @param refuseFor     how long a randomly drawn {@link FaultMode#REFUSE_CONNECTIONS} keeps the listener closed
 * @param clock         the server's clock (decision days, due times); its zone is the office time zone
 */
public record CentralConfig(Path dataDir, int port, InetAddress bindAddress, Duration decisionDelay, double refuseRate,
                            double revokeRate, long seed, Optional<String> token, Duration hang, Duration refuseFor,
                            Clock clock) {

    /** Kazakhstan's single time zone (UTC+5 since March 2024). */
    public static final ZoneId ZONE = ZoneId.of("Asia/Almaty");

    public CentralConfig {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(bindAddress, "bindAddress");
        Objects.requireNonNull(decisionDelay, "decisionDelay");
        token = token == null ? Optional.empty() : token.filter(t -> !t.isBlank());
        Objects.requireNonNull(hang, "hang");
        Objects.requireNonNull(refuseFor, "refuseFor");
        Objects.requireNonNull(clock, "clock");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be 0…65535, not " + port);
        }
        if (decisionDelay.isNegative()) {
            throw new IllegalArgumentException("the decision delay cannot be negative");
        }
        if (!(refuseRate >= 0 && refuseRate <= 1) || !(revokeRate >= 0 && revokeRate <= 1)) {
            throw new IllegalArgumentException("rates are shares between 0 and 1");
        }
    }

    /**
     * The defaults of the {@code central} command: loopback, a 5 s decision delay, 20 % refused, 2 % revoked, seed
     * 42, any token, hangs of 60 s.
     */
    public static CentralConfig defaults(Path dataDir, int port) {
        return new CentralConfig(dataDir, port, InetAddress.getLoopbackAddress(), Duration.ofSeconds(5), 0.2, 0.02, 42,
                Optional.empty(), Duration.ofSeconds(60), Duration.ofMillis(300), Clock.system(ZONE));
    }

    public CentralConfig withPort(int newPort) {
        return new CentralConfig(dataDir, newPort, bindAddress, decisionDelay, refuseRate, revokeRate, seed, token,
                hang, refuseFor, clock);
    }

    public CentralConfig withBindAddress(InetAddress address) {
        return new CentralConfig(dataDir, port, address, decisionDelay, refuseRate, revokeRate, seed, token, hang,
                refuseFor, clock);
    }

    public CentralConfig withDecisionDelay(Duration delay) {
        return new CentralConfig(dataDir, port, bindAddress, delay, refuseRate, revokeRate, seed, token, hang,
                refuseFor, clock);
    }

    public CentralConfig withRates(double refuse, double revoke) {
        return new CentralConfig(dataDir, port, bindAddress, decisionDelay, refuse, revoke, seed, token, hang,
                refuseFor, clock);
    }

    public CentralConfig withSeed(long newSeed) {
        return new CentralConfig(dataDir, port, bindAddress, decisionDelay, refuseRate, revokeRate, newSeed, token,
                hang, refuseFor, clock);
    }

    public CentralConfig withToken(String required) {
        return new CentralConfig(dataDir, port, bindAddress, decisionDelay, refuseRate, revokeRate, seed,
                Optional.ofNullable(required), hang, refuseFor, clock);
    }

    public CentralConfig withHang(Duration duration) {
        return new CentralConfig(dataDir, port, bindAddress, decisionDelay, refuseRate, revokeRate, seed, token,
                duration, refuseFor, clock);
    }

    public CentralConfig withRefuseFor(Duration duration) {
        return new CentralConfig(dataDir, port, bindAddress, decisionDelay, refuseRate, revokeRate, seed, token, hang,
                duration, clock);
    }

    public CentralConfig withClock(Clock newClock) {
        return new CentralConfig(dataDir, port, bindAddress, decisionDelay, refuseRate, revokeRate, seed, token, hang,
                refuseFor, newClock);
    }
}
