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
 * @param adminCredential the bearer credential of {@code /admin/}; empty = the admin API is off (404)
 * @param limits        quotas, expiry of partial uploads, worker threads, the date rules
 * @param accessLog     where the one line per request goes (who, what, result; never a body)
 * @param signedRequestsOnly whether an unsigned request is refused ({@code 401 SIGNATURE_REQUIRED}); when false an
 *                      unsigned request is identified by its headers and token as before enrolment existed
 */
public record CentralConfig(Path dataDir, int port, InetAddress bindAddress, Duration decisionDelay, double refuseRate,
                            double revokeRate, long seed, Optional<String> token, Duration hang, Duration refuseFor,
                            Clock clock, Optional<String> adminCredential, CentralLimits limits, AccessLog accessLog,
                            boolean signedRequestsOnly) {

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
        adminCredential = adminCredential == null ? Optional.empty() : adminCredential.filter(t -> !t.isBlank());
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(accessLog, "accessLog");
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
     * 42, any token, hangs of 60 s, no admin API, {@link CentralLimits#defaults()}, the access log to SLF4J.
     */
    public static CentralConfig defaults(Path dataDir, int port) {
        return new CentralConfig(dataDir, port, InetAddress.getLoopbackAddress(), Duration.ofSeconds(5), 0.2, 0.02, 42,
                Optional.empty(), Duration.ofSeconds(60), Duration.ofMillis(300), Clock.system(ZONE),
                Optional.empty(), CentralLimits.defaults(), AccessLog.toLogger(), false);
    }

    /** Turns the admin API on, for holders of this credential (never logged). */
    public CentralConfig withAdminCredential(String credential) {
        return toBuilder().adminCredential(Optional.ofNullable(credential)).build();
    }

    public CentralConfig withLimits(CentralLimits newLimits) {
        return toBuilder().limits(newLimits).build();
    }

    /** Refuses every unsigned request: only enrolled workstations are served. */
    public CentralConfig withSignedRequestsOnly(boolean only) {
        return toBuilder().signedRequestsOnly(only).build();
    }

    public CentralConfig withAccessLog(AccessLog log) {
        return toBuilder().accessLog(log).build();
    }

    /** Not the credentials: a configuration may end up in a log line. */
    @Override
    public String toString() {
        return "CentralConfig[dataDir=" + dataDir + ", port=" + port + ", bind=" + bindAddress.getHostAddress()
                + ", decisionDelay=" + decisionDelay + ", adminApi=" + adminCredential.isPresent()
                + ", signedRequestsOnly=" + signedRequestsOnly + ", " + limits + "]";
    }

    public CentralConfig withPort(int newPort) {
        return toBuilder().port(newPort).build();
    }

    public CentralConfig withBindAddress(InetAddress address) {
        return toBuilder().bindAddress(address).build();
    }

    public CentralConfig withDecisionDelay(Duration delay) {
        return toBuilder().decisionDelay(delay).build();
    }

    public CentralConfig withRates(double refuse, double revoke) {
        return toBuilder().refuseRate(refuse).revokeRate(revoke).build();
    }

    public CentralConfig withSeed(long newSeed) {
        return toBuilder().seed(newSeed).build();
    }

    public CentralConfig withToken(String required) {
        return toBuilder().token(Optional.ofNullable(required)).build();
    }

    public CentralConfig withHang(Duration duration) {
        return toBuilder().hang(duration).build();
    }

    public CentralConfig withRefuseFor(Duration duration) {
        return toBuilder().refuseFor(duration).build();
    }

    public CentralConfig withClock(Clock newClock) {
        return toBuilder().clock(newClock).build();
    }

    /** A builder holding this configuration, to change several parts at once. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** Changes parts of a configuration; {@link #build()} checks the whole as the constructor does. */
    public static final class Builder {
        private Path dataDir;
        private int port;
        private InetAddress bindAddress;
        private Duration decisionDelay;
        private double refuseRate;
        private double revokeRate;
        private long seed;
        private Optional<String> token;
        private Duration hang;
        private Duration refuseFor;
        private Clock clock;
        private Optional<String> adminCredential;
        private CentralLimits limits;
        private AccessLog accessLog;
        private boolean signedRequestsOnly;

        private Builder(CentralConfig c) {
            dataDir = c.dataDir;
            port = c.port;
            bindAddress = c.bindAddress;
            decisionDelay = c.decisionDelay;
            refuseRate = c.refuseRate;
            revokeRate = c.revokeRate;
            seed = c.seed;
            token = c.token;
            hang = c.hang;
            refuseFor = c.refuseFor;
            clock = c.clock;
            adminCredential = c.adminCredential;
            limits = c.limits;
            accessLog = c.accessLog;
            signedRequestsOnly = c.signedRequestsOnly;
        }

        public Builder dataDir(Path value) {
            dataDir = value;
            return this;
        }

        public Builder port(int value) {
            port = value;
            return this;
        }

        public Builder bindAddress(InetAddress value) {
            bindAddress = value;
            return this;
        }

        public Builder decisionDelay(Duration value) {
            decisionDelay = value;
            return this;
        }

        public Builder refuseRate(double value) {
            refuseRate = value;
            return this;
        }

        public Builder revokeRate(double value) {
            revokeRate = value;
            return this;
        }

        public Builder seed(long value) {
            seed = value;
            return this;
        }

        public Builder token(Optional<String> value) {
            token = value;
            return this;
        }

        public Builder hang(Duration value) {
            hang = value;
            return this;
        }

        public Builder refuseFor(Duration value) {
            refuseFor = value;
            return this;
        }

        public Builder clock(Clock value) {
            clock = value;
            return this;
        }

        public Builder adminCredential(Optional<String> value) {
            adminCredential = value;
            return this;
        }

        public Builder limits(CentralLimits value) {
            limits = value;
            return this;
        }

        public Builder accessLog(AccessLog value) {
            accessLog = value;
            return this;
        }

        public Builder signedRequestsOnly(boolean value) {
            signedRequestsOnly = value;
            return this;
        }

        public CentralConfig build() {
            return new CentralConfig(dataDir, port, bindAddress, decisionDelay, refuseRate, revokeRate, seed, token,
                    hang, refuseFor, clock, adminCredential, limits, accessLog, signedRequestsOnly);
        }
    }
}
