package kz.qabyldau.forms.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A document the applicant brought, with the dates its validity rules need.
 *
 * @param type             a document type declared by the service definition
 * @param presented        false records a document the clerk asked for and did not get
 * @param borderCrossingOn the latest state-border crossing mark in a passport
 * @param scans            content hashes of the scanned copies, added by the intake desk
 */
public record PresentedDocument(String type, Boolean presented, LocalDate issuedOn, LocalDate validFrom,
                                LocalDate validUntil, LocalDate borderCrossingOn, List<String> scans) {

    public PresentedDocument {
        Objects.requireNonNull(type, "document type");
        presented = presented == null ? Boolean.TRUE : presented;
        scans = scans == null ? List.of() : List.copyOf(scans);
    }

    /** A presented document with only an issue date, as tests and examples often need. */
    public static PresentedDocument issued(String type, LocalDate issuedOn) {
        return new PresentedDocument(type, true, issuedOn, null, null, null, List.of());
    }

    public boolean isPresented() {
        return presented;
    }
}
