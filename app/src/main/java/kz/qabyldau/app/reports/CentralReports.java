package kz.qabyldau.app.reports;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import kz.qabyldau.app.sync.CentralClient;
import kz.qabyldau.app.sync.SyncFailure;

/**
 * The office's figures from the central service, beside the workstation's own (administrator only, like the office's
 * reports): one signed {@code GET /sync/1/reports} call. Never fails: when the figures cannot be had the answer says
 * why, and the report shows the workstation's figures with that reason. Blocks: call it off the FX thread.
 */
public final class CentralReports {

    /** Why the central service's figures are not in a report. */
    public enum Unavailable {
        /** This workstation has no central service (offline workstation, no address or credentials). */
        NOT_CONNECTED,
        /** The central service cannot be reached now, or did not answer in time. */
        OFFLINE,
        /** The workstation is not enrolled: the central service gives an office's figures to its keys only. */
        NOT_ENROLLED,
        /** The central service does not offer figures (an older one). */
        NOT_OFFERED,
        /** Anything else (an error of the service, an answer that cannot be read). */
        FAILED
    }

    /** The figures, or why there are none: exactly one of the two is set. */
    public record Result(Optional<CentralFigures> figures, Optional<Unavailable> unavailable) {
        public Result {
            if (figures.isPresent() == unavailable.isPresent()) {
                throw new IllegalArgumentException("figures or a reason, not both");
            }
        }

        static Result of(CentralFigures figures) {
            return new Result(Optional.of(figures), Optional.empty());
        }

        public static Result none(Unavailable why) {
            return new Result(Optional.empty(), Optional.of(why));
        }
    }

    /** Who answers {@code GET /sync/1/reports}: {@link CentralClient#officeFigures}, in view tests a fixed body. */
    @FunctionalInterface
    public interface Source {
        JsonNode officeFigures(LocalDate from, LocalDate to) throws SyncFailure;
    }

    private static final Logger LOG = LoggerFactory.getLogger(CentralReports.class);

    private final ReportAccess access;
    private final Supplier<Optional<Source>> source;

    private CentralReports(ReportAccess access, Supplier<Optional<Source>> source) {
        this.access = Objects.requireNonNull(access, "access");
        this.source = Objects.requireNonNull(source, "source");
    }

    /** @param client the sync's client while the workstation syncs, asked at each call */
    public static CentralReports through(ReportAccess access, Supplier<Optional<CentralClient>> client) {
        Objects.requireNonNull(client, "client");
        return new CentralReports(access, () -> client.get().map(c -> (Source) c::officeFigures));
    }

    /** Figures from {@code source} (a view's test: the simulator's answer kept as JSON). */
    public static CentralReports from(ReportAccess access, Source source) {
        Objects.requireNonNull(source, "source");
        return new CentralReports(access, () -> Optional.of(source));
    }

    /** A workstation without a central service: every report says so. */
    public static CentralReports notConnected(ReportAccess access) {
        return new CentralReports(access, Optional::empty);
    }

    /**
     * The office's figures over {@code period}.
     *
     * @throws ReportAccessDeniedException unless an administrator is signed in
     */
    public Result fetch(ReportPeriod period) {
        access.requireAdministrator();
        Optional<Source> c = source.get();
        if (c.isEmpty()) {
            return Result.none(Unavailable.NOT_CONNECTED);
        }
        try {
            return Result.of(CentralFigures.read(c.get().officeFigures(period.from(), period.to()), period));
        } catch (SyncFailure e) {
            Unavailable why = switch (e.kind()) {
                case OFFLINE, TIMEOUT -> Unavailable.OFFLINE;
                case SERVER_ERROR -> Unavailable.FAILED;
                case REJECTED -> switch (e.code()) {
                    case "SIGNATURE_REQUIRED", "UNKNOWN_KEY" -> Unavailable.NOT_ENROLLED;
                    case "NOT_FOUND" -> Unavailable.NOT_OFFERED;
                    default -> Unavailable.FAILED;
                };
            };
            LOG.info("The central service's figures are not available ({}): {}", why, e.getMessage());
            return Result.none(why);
        } catch (IllegalArgumentException e) {
            LOG.warn("The central service's figures could not be read", e);
            return Result.none(Unavailable.FAILED);
        }
    }
}
