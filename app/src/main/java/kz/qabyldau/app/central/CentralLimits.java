package kz.qabyldau.app.central;

import java.time.Duration;

/**
 * What the central service allows a workstation, so that one office (or someone pretending to be one) cannot fill its
 * disk, hold its threads or rewrite history with invented dates ({@code docs/sync-protocol.md}, sections 2 and 5).
 *
 * @param officeQuotaBytes      bytes of scans (complete and partial) one office may hold
 * @param partialUploadExpiry   a scan upload not continued for this long is dropped
 * @param workerThreads         requests served at once; more wait in the queue
 * @param clockSkew             how far a workstation's clock may run ahead of the server's
 * @param maxOutboxAge          how long before its receipt an application may have been accepted (an offline desk)
 * @param maxFilingToAcceptance how long before {@code acceptedAt} an application may have been filed
 */
public record CentralLimits(long officeQuotaBytes, Duration partialUploadExpiry, int workerThreads, Duration clockSkew,
                            Duration maxOutboxAge, Duration maxFilingToAcceptance) {

    public CentralLimits {
        if (officeQuotaBytes < 1 || workerThreads < 1) {
            throw new IllegalArgumentException("the quota and the worker threads must be positive");
        }
        for (Duration d : new Duration[] {partialUploadExpiry, clockSkew, maxOutboxAge, maxFilingToAcceptance}) {
            if (d == null || d.isNegative()) {
                throw new IllegalArgumentException("limits are durations of zero or more");
            }
        }
    }

    /**
     * 2 GiB of scans per office, partial uploads kept 24 h, 32 workers, clocks 5 min apart, an outbox up to 365 days
     * old, filing at most 24 h before acceptance (the desk sets {@code filedAt} when it judges, minutes before).
     */
    public static CentralLimits defaults() {
        return new CentralLimits(2L * 1024 * 1024 * 1024, Duration.ofHours(24), 32, Duration.ofMinutes(5),
                Duration.ofDays(365), Duration.ofHours(24));
    }

    public CentralLimits withOfficeQuotaBytes(long bytes) {
        return new CentralLimits(bytes, partialUploadExpiry, workerThreads, clockSkew, maxOutboxAge,
                maxFilingToAcceptance);
    }

    public CentralLimits withPartialUploadExpiry(Duration expiry) {
        return new CentralLimits(officeQuotaBytes, expiry, workerThreads, clockSkew, maxOutboxAge,
                maxFilingToAcceptance);
    }

    public CentralLimits withMaxOutboxAge(Duration age) {
        return new CentralLimits(officeQuotaBytes, partialUploadExpiry, workerThreads, clockSkew, age,
                maxFilingToAcceptance);
    }

    public CentralLimits withMaxFilingToAcceptance(Duration age) {
        return new CentralLimits(officeQuotaBytes, partialUploadExpiry, workerThreads, clockSkew, maxOutboxAge, age);
    }

    public CentralLimits withWorkerThreads(int threads) {
        return new CentralLimits(officeQuotaBytes, partialUploadExpiry, threads, clockSkew, maxOutboxAge,
                maxFilingToAcceptance);
    }
}
