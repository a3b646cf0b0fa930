package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.application.PlausibleDates;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.service.Condition;
import kz.qabyldau.forms.service.DocumentRequirement;
import kz.qabyldau.forms.service.LocalizedText;
import kz.qabyldau.forms.service.ValidityRule;

import java.time.LocalDate;
import java.util.Optional;

/**
 * The document list of App. 2: what is missing or expired goes on the receipt of refusal (p.17); a validity rule
 * marked {@code warn} raises a warning instead. Dates are judged on the registration day, the day the documents
 * are taken (p.14).
 */
final class DocumentChecks {

    private DocumentChecks() {
    }

    static void judge(Judgement j) {
        for (PresentedDocument d : j.application.documents()) {
            Optional<DocumentRequirement> declared = j.definition.document(d.type());
            if (declared.isEmpty()) {
                j.fieldErrors.add(new FieldError("documents." + d.type(), "UNKNOWN_DOCUMENT",
                        Messages.text("field.UNKNOWN_DOCUMENT", d.type())));
            } else if (d.isPresented()) {
                plausible(j, declared.get(), d.issuedOn(), "issuedOn");
                plausible(j, declared.get(), d.validFrom(), "validFrom");
                plausible(j, declared.get(), d.validUntil(), "validUntil");
                plausible(j, declared.get(), d.borderCrossingOn(), "borderCrossingOn");
                notAfterFiling(j, declared.get(), d.issuedOn(), "issuedOn");
                notAfterFiling(j, declared.get(), d.borderCrossingOn(), "borderCrossingOn");
            }
        }
        for (DocumentRequirement required : j.definition.documents()) {
            if (required.printedAtIntake() || !applies(required.requiredWhen(), j.values)) {
                continue;
            }
            Optional<PresentedDocument> presented = j.application.document(required.type())
                    .filter(PresentedDocument::isPresented);
            if (presented.isEmpty()) {
                refuse(j, required, "MISSING", Messages.text("receipt.MISSING", required.name()));
                continue;
            }
            for (ValidityRule rule : required.validity()) {
                check(j, required, presented.get(), rule);
            }
        }
    }

    private static boolean applies(Condition when, Values values) {
        return when == null || values.text(when.field()).map(when.in()::contains).orElse(false);
    }

    private static void check(Judgement j, DocumentRequirement required, PresentedDocument doc, ValidityRule rule) {
        LocalDate day = j.registrationDay;
        switch (rule.rule()) {
            case ISSUED_WITHIN -> need(j, required, doc.issuedOn(), "issuedOn").ifPresent(issued -> {
                // "not more than 12 months": issued exactly 12 months before the day still counts.
                if (issued.plusMonths(rule.months()).isBefore(day)) {
                    fail(j, required, rule, "ISSUED_TOO_LONG_AGO", required.name(), issued, rule.months());
                }
            });
            case BORDER_CROSSING_WITHIN -> need(j, required, doc.borderCrossingOn(), "borderCrossingOn")
                    .ifPresent(crossed -> {
                        if (crossed.plusMonths(rule.months()).isBefore(day)) {
                            fail(j, required, rule, "BORDER_CROSSING_TOO_OLD", required.name(), crossed,
                                    rule.months());
                        }
                    });
            case NOT_EXPIRED -> validUntil(j, required, doc, rule).ifPresent(until -> {
                if (until.isBefore(day)) {
                    fail(j, required, rule, "EXPIRED", required.name(), until);
                }
            });
            case COVERS_REQUESTED_PERIOD -> need(j, required, doc.validUntil(), "validUntil").ifPresent(until -> {
                LocalDate to = j.dates.get("permitTo");
                LocalDate from = j.dates.get("permitFrom");
                boolean startsLate = from != null && doc.validFrom() != null && doc.validFrom().isAfter(from);
                if (to != null && (until.isBefore(to) || startsLate)) {
                    fail(j, required, rule, "NOT_COVERING", required.name(), until, from, to);
                }
            });
            default -> throw new IllegalStateException("unhandled validity rule " + rule.rule());
        }
    }

    /** A year 99999 or 0001 is no date a rule could judge: a date to correct, like a field's (1900–2100). */
    private static void plausible(Judgement j, DocumentRequirement document, LocalDate date, String what) {
        if (date != null && !PlausibleDates.plausible(date)) {
            j.fieldErrors.add(new FieldError("documents." + document.type() + "." + what, "NOT_A_DATE",
                    Messages.text("field.DOCUMENT_NOT_A_DATE", document.name(), dateName(what), date)));
        }
    }

    /**
     * p.17, App. 2: "issued not more than 12 months ago", "crossed the border within the last 12 months" speak of
     * past events. A document issued, or a border crossed, after the filing day cannot be true: like the
     * application's own dates it is sent back for correction, naming the document.
     */
    private static void notAfterFiling(Judgement j, DocumentRequirement document, LocalDate date, String what) {
        LocalDate filingDay = j.asOf.toLocalDate();
        if (date != null && date.isAfter(filingDay)) {
            j.fieldErrors.add(new FieldError("documents." + document.type() + "." + what, "AFTER_FILING",
                    Messages.text("field.DOCUMENT_AFTER_FILING", document.name(), dateName(what), date, filingDay)));
        }
    }

    /** The name of a document's date ({@code issuedOn} …) in each language. */
    static LocalizedText dateName(String what) {
        return Messages.text("document.date." + what);
    }

    /** The end date a {@code notExpired} rule judges: the rule's field of the application, else the document's. */
    private static Optional<LocalDate> validUntil(Judgement j, DocumentRequirement required, PresentedDocument doc,
                                                  ValidityRule rule) {
        if (rule.field() != null) {
            // A missing or invalid field is a field error already (the definition makes it required).
            return j.values.date(rule.field());
        }
        return need(j, required, doc.validUntil(), "validUntil");
    }

    private static Optional<LocalDate> need(Judgement j, DocumentRequirement required, LocalDate value, String what) {
        if (value == null) {
            j.fieldErrors.add(new FieldError("documents." + required.type() + "." + what, "DOCUMENT_DATE_MISSING",
                    Messages.text("field.DOCUMENT_DATE_MISSING", required.name(), dateName(what))));
        }
        return Optional.ofNullable(value);
    }

    private static void fail(Judgement j, DocumentRequirement required, ValidityRule rule, String reason,
                             Object... args) {
        if (rule.warns()) {
            j.warn(rule.warning(), rule.ground(), required.item(), args);
        } else {
            String where = rule.paragraph() == null ? required.item() : required.item() + "; " + rule.paragraph();
            j.receipt.add(new ReceiptLine(required.type(), reason, where, Messages.text("receipt." + reason, args)));
        }
    }

    private static void refuse(Judgement j, DocumentRequirement required, String reason, LocalizedText message) {
        j.receipt.add(new ReceiptLine(required.type(), reason, required.item(), message));
    }
}
