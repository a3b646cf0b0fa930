package kz.qabyldau.app.sync;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The signing key of this workstation as the worker uses it: read from the sync store when first needed (sealed in an
 * office database, so not before an operator opened it), replaced by a new enrolment while the desk runs. Enrolling
 * makes a new key pair here; only its public half leaves the workstation (docs/sync-protocol.md, "Enrolment").
 */
final class DeskKey implements Supplier<Optional<WorkstationKey>> {

    private final SyncStore store;
    private final String workstation;
    private volatile WorkstationKey key;

    DeskKey(SyncStore store, String workstation) {
        this.store = Objects.requireNonNull(store, "store");
        this.workstation = Objects.requireNonNull(workstation, "workstation");
    }

    @Override
    public Optional<WorkstationKey> get() {
        WorkstationKey known = key;
        if (known == null) {
            known = store.workstationKey().orElse(null);
            key = known;
        }
        return Optional.ofNullable(known);
    }

    /**
     * Enrols with a one-time code at {@code central} and keeps the new key (in place of an earlier one).
     *
     * @return what the central service registered
     * @throws SyncFailure REJECTED {@code ENROLMENT_REFUSED} for a wrong, used or expired code; OFFLINE or TIMEOUT
     */
    synchronized Enrolment.Enrolled enrol(URI central, String code) throws SyncFailure {
        Enrolment.Enrolled enrolled = Enrolment.enrol(central, code, workstation, WorkstationKey.generate());
        store.setWorkstationKey(enrolled.key());
        key = enrolled.key();
        return enrolled;
    }
}
