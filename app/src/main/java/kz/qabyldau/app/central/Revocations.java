package kz.qabyldau.app.central;

import java.time.OffsetDateTime;
import java.util.Optional;

/** Revocations: the permit marked revoked and the revocation in its office's change feed, in one transaction. */
final class Revocations {

    /** A revocation built with its number drawn inside the transaction that records it. */
    interface RevocationWork {
        DecisionRecords.Revocation revoke(String revocationId);
    }

    private final CentralStore store;

    Revocations(CentralStore store) {
        this.store = store;
    }

    /** Revokes {@code p} unless it was revoked meanwhile. */
    Optional<DecisionRecords.Revocation> record(IssuedPermits.IssuedPermit p, RevocationWork work,
                                                OffsetDateTime now) {
        return store.tx(c -> {
            if (IssuedPermits.inForce(c, p.number()).isEmpty()) {
                return Optional.empty();
            }
            String id = String.format("RV-%d-%06d", now.getYear(), Numbering.next(c, "RV-" + now.getYear()));
            DecisionRecords.Revocation r = work.revoke(id);
            IssuedPermits.markRevoked(c, p.number());
            ChangeFeed.append(c, p.office(), "REVOCATION", id, now, new DecisionRecords.Change("REVOCATION", now, null,
                    r, null));
            return Optional.of(r);
        });
    }
}
