package kz.qabyldau.app.store.applications;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.qabyldau.app.config.DataFolder;
import kz.qabyldau.app.store.Database;
import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.PresentedDocument;

/** A real database in a temporary folder, and applications to put in it. */
final class StoreFixture {

    static final Instant T0 = Instant.parse("2026-03-02T05:15:00Z");

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

    static Application permit(StoredApplication draft, String surname) {
        return permit(draft, surname, "Алишер", "FA1234567", null, List.of());
    }
}
