package kz.qabyldau.app.store.applications;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.time.LocalDateTime;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.service.LocalizedText;
import kz.qabyldau.forms.verdict.FieldError;
import kz.qabyldau.forms.verdict.Outcome;
import kz.qabyldau.forms.verdict.ReceiptLine;
import kz.qabyldau.forms.verdict.Verdict;
import kz.qabyldau.forms.verdict.Warning;

/** A real database in a temporary folder, and applications to put in it. */
final class StoreFixture {

    static final Instant T0 = Instant.parse("2026-03-02T05:15:00Z");
    /** The filing moment the test verdicts judge (office time). */
    static final LocalDateTime FILED = LocalDateTime.of(2026, 3, 2, 10, 15, 27);

    private StoreFixture() {
    }

    static Database open(Path folder) {
        return Database.open(DataFolder.at(folder, false));
    }

    static Clock clock() {
        return Clock.fixed(T0, ZoneOffset.UTC);
    }

    /** A permit application with the given name, passport and IIN (null: left out). */
    static Application permit(StoredApplication draft, String surname, String givenNames, String passport, String iin,
                              List<PresentedDocument> documents) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("applicant.surname", surname);
        fields.put("applicant.givenNames", givenNames);
        fields.put("applicant.document.number", passport);
        fields.put("applicant.iin", iin);
        fields.put("request.months", 6);
        return new Application(Application.FORMAT, draft.id().toString(), draft.service(), null, "kk", fields,
                documents, List.of());
    }

    /** A verdict of {@code service} with the given outcome, warnings and receipt lines. */
    static Verdict verdict(String service, Outcome outcome, List<Warning> warnings, List<ReceiptLine> receipt,
                           List<FieldError> errors) {
        return new Verdict(service, "2026-01-01", FILED, FILED.toLocalDate(), outcome, receipt, errors, warnings,
                new TreeMap<>(), new TreeMap<>());
    }

    static Verdict accepting(String service) {
        return verdict(service, Outcome.ACCEPT, List.of(), List.of(), List.of());
    }

    static Warning warning(String code) {
        return new Warning(code, "ground-1", "p.25", text(code), Optional.empty());
    }

    static LocalizedText text(String s) {
        return new LocalizedText(s + " (kk)", s + " (ru)", s);
    }

    static Application permit(StoredApplication draft, String surname) {
        return permit(draft, surname, "Алишер", "FA1234567", null, List.of());
    }
}
