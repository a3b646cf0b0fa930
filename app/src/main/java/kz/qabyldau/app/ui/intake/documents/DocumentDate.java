package kz.qabyldau.app.ui.intake.documents;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.service.DocumentRequirement;
import kz.qabyldau.forms.service.ValidityRule;

/** A date of a presented document that a validity rule of the law core needs. */
public enum DocumentDate {
    /** For {@code issuedWithin} (the medical certificate's 12 months). */
    ISSUED_ON("issuedOn"),
    /** For {@code coversRequestedPeriod}: a policy starting after the permit would leave days uncovered. */
    VALID_FROM("validFrom"),
    /** For {@code notExpired} and {@code coversRequestedPeriod}. */
    VALID_UNTIL("validUntil"),
    /** For {@code borderCrossingWithin} (the passport's latest border mark). */
    BORDER_CROSSING_ON("borderCrossingOn");

    private final String id;

    DocumentDate(String id) {
        this.id = id;
    }

    /** The name the application format and the verdict's field errors use ({@code documents.TYPE.issuedOn}). */
    public String id() {
        return id;
    }

    /** A date that has happened by the filing day (issued, border crossed): six typed digits read it so. */
    public boolean past() {
        return this == ISSUED_ON || this == BORDER_CROSSING_ON;
    }

    /** The dates the requirement's validity rules need, in this enum's order; none for a rule-less document. */
    public static Set<DocumentDate> neededBy(DocumentRequirement requirement) {
        Set<DocumentDate> dates = EnumSet.noneOf(DocumentDate.class);
        for (ValidityRule rule : requirement.validity()) {
            switch (rule.rule()) {
                case ISSUED_WITHIN -> dates.add(ISSUED_ON);
                case BORDER_CROSSING_WITHIN -> dates.add(BORDER_CROSSING_ON);
                case NOT_EXPIRED -> {
                    // A rule reading an application field (the earlier certificate's end) needs no date here.
                    if (rule.field() == null) {
                        dates.add(VALID_UNTIL);
                    }
                }
                case COVERS_REQUESTED_PERIOD -> {
                    dates.add(VALID_FROM);
                    dates.add(VALID_UNTIL);
                }
                default -> throw new IllegalStateException("unhandled validity rule " + rule.rule());
            }
        }
        return dates;
    }

    /** The UI text key of the date's label. */
    public String labelKey() {
        return switch (this) {
            case ISSUED_ON -> "documents.date.issuedOn";
            case VALID_FROM -> "documents.date.validFrom";
            case VALID_UNTIL -> "documents.date.validUntil";
            case BORDER_CROSSING_ON -> "documents.date.borderCrossingOn";
        };
    }

    /** This date of {@code document}, or null. */
    public LocalDate of(PresentedDocument document) {
        return switch (this) {
            case ISSUED_ON -> document.issuedOn();
            case VALID_FROM -> document.validFrom();
            case VALID_UNTIL -> document.validUntil();
            case BORDER_CROSSING_ON -> document.borderCrossingOn();
        };
    }

    /** {@code document} with this date replaced. */
    public PresentedDocument with(PresentedDocument d, LocalDate date) {
        return new PresentedDocument(d.type(), d.presented(),
                this == ISSUED_ON ? date : d.issuedOn(),
                this == VALID_FROM ? date : d.validFrom(),
                this == VALID_UNTIL ? date : d.validUntil(),
                this == BORDER_CROSSING_ON ? date : d.borderCrossingOn(), d.scans());
    }
}
