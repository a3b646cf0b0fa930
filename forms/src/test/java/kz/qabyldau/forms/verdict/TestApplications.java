package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.application.WarningOverride;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Complete, acceptable applications for each service, filed on Monday 2 March 2026 at 10:15, that a test changes
 * in the one respect it is about.
 */
final class TestApplications {

    static final LocalDateTime MONDAY_2_MARCH_2026 = LocalDateTime.of(2026, 3, 2, 10, 15);

    private TestApplications() {
    }

    static Builder permitIssue() {
        return permitCommon("permit.issue")
                .field("employer.document.number", "045678912")
                .field("employer.document.issuedOn", "2020-05-05")
                .field("employer.document.issuedBy", "ҚР ІІМ")
                .field("applicant.document.issuedOn", "2022-01-10")
                .field("applicant.document.issuedBy", "MIA of Uzbekistan")
                .field("request.salary", 150000)
                .document("medical-028e", LocalDate.of(2026, 2, 20), null, null, null)
                .document("intent-agreement-app3", LocalDate.of(2026, 2, 25), null, null, null);
    }

    /** An extension of a permit valid to 31 March 2026 after 6 months, filed 2 March: 29 days before expiry. */
    static Builder permitExtend() {
        return permitCommon("permit.extend")
                .field("permit.number", "KZ-710000-2025-000123")
                .field("permit.validTo", "2026-03-31")
                .field("permit.monthsSoFar", 6)
                .document("labour-contract", LocalDate.of(2025, 10, 1), null, LocalDate.of(2026, 12, 31), null);
    }

    private static Builder permitCommon(String service) {
        return new Builder(service)
                .field("provider.name", "Астана қаласы Алматы ауданының әкімдігі")
                .field("applicant.citizenship", "UZB")
                .field("applicant.surname", "Каримов")
                .field("applicant.givenNames", "Алишер")
                .field("applicant.latinName", "KARIMOV ALISHER")
                .field("applicant.birthDate", "1990-01-01")
                .field("applicant.birthPlace", "Ташкент")
                .field("applicant.document.number", "FA1234567")
                .field("employer.surname", "Ахметова")
                .field("employer.givenNames", "Айгүл")
                .field("employer.iin", "900101400013")
                .field("employer.birthYear", 1990)
                .field("employer.address", "Астана, Кенесары к-сі, 40, 12")
                .field("household.region", "710000000")
                .field("household.locality", "Астана")
                .field("household.street", "Кенесары көшесі")
                .field("household.house", "40")
                .field("request.months", 6)
                .field("request.profession", "үй жұмыскері")
                .field("applicant.abroad.country", "UZB")
                .field("applicant.abroad.address", "Ташкент, Чиланзар 5, 12")
                .field("applicant.family.status", "married")
                .field("applicant.kzAddress", "Астана, Кенесары к-сі, 40, 12")
                .field("consent.personalData", true)
                .field("consent.employerPersonalData", true)
                // 6 months × 4 MCI × 4 325 ₸ (2026)
                .field("prepayment.amount", 103800)
                .field("prepayment.paidOn", "2026-02-27")
                .document("prepayment-receipt", LocalDate.of(2026, 2, 27), null, null, null)
                .document("passport", LocalDate.of(2022, 1, 10), null, LocalDate.of(2032, 1, 9),
                        LocalDate.of(2026, 1, 15))
                .document("medical-insurance", LocalDate.of(2026, 2, 27), LocalDate.of(2026, 3, 1),
                        LocalDate.of(2027, 2, 28), null);
    }

    static Builder permitDuplicate() {
        return new Builder("permit.duplicate")
                .field("provider.name", "Астана қаласы Алматы ауданының әкімдігі")
                .field("applicant.citizenship", "UZB")
                .field("applicant.surname", "Каримов")
                .field("applicant.givenNames", "Алишер")
                .field("applicant.document.number", "FA1234567")
                .field("permit.number", "KZ-710000-2025-000123")
                .field("request.reason", "lost")
                .field("consent.personalData", true)
                .document("passport", LocalDate.of(2022, 1, 10), null, LocalDate.of(2032, 1, 9), null);
    }

    /** A termination notice for a contract that ended on Thursday 26 February 2026. */
    static Builder permitTermination() {
        return new Builder("permit.termination")
                .field("provider.name", "Астана қаласы Алматы ауданының әкімдігі")
                .field("employer.surname", "Ахметова")
                .field("employer.givenNames", "Айгүл")
                .field("employer.iin", "900101400013")
                .field("permit.number", "KZ-710000-2025-000123")
                .field("permit.issuedOn", "2025-10-01")
                .field("applicant.surname", "Каримов")
                .field("applicant.givenNames", "Алишер")
                .field("termination.date", "2026-02-26");
    }

    private static Builder qualificationCommon(String service) {
        return new Builder(service)
                .field("provider.name", "Астана қаласы әкімдігі")
                .field("applicant.surname", "Smith")
                .field("applicant.givenNames", "John")
                .field("applicant.document.number", "533401271")
                .field("applicant.document.issuedOn", "2021-06-01")
                .field("applicant.document.issuedBy", "HM Passport Office")
                .field("applicant.address", "Астана, Мәңгілік Ел д-лы, 55, 7")
                .field("applicant.phone", "+7 701 123 4567")
                .field("applicant.abroad.address", "London, 10 Baker Street")
                .field("request.profession", "инженер-программист")
                .field("request.sector", "ақпарат және байланыс")
                .field("consent.personalData", true);
    }

    static Builder qualificationIssue() {
        return qualificationCommon("qualification.issue")
                .document("id-document-copy", LocalDate.of(2021, 6, 1), null, LocalDate.of(2031, 6, 1), null)
                .document("education-translation", LocalDate.of(2026, 2, 10), null, null, null)
                .document("work-activity-copy", LocalDate.of(2026, 2, 10), null, null, null);
    }

    static Builder qualificationExtend() {
        return qualificationCommon("qualification.extend")
                .field("employer.name", "\"Tech Astana\" ЖШС")
                .field("employer.bin", "940140000385")
                .field("certificate.number", "Q-710000-2026-0042")
                .field("certificate.validTo", "2026-03-20")
                .field("contract.validTo", "2027-12-31")
                .document("previous-certificate", LocalDate.of(2025, 12, 21), null, null, null)
                .document("labour-contract-copy", LocalDate.of(2026, 1, 5), null, LocalDate.of(2027, 12, 31), null);
    }

    static Builder qualificationReissue() {
        return qualificationCommon("qualification.reissue")
                .field("certificate.number", "Q-710000-2026-0042")
                .field("request.reason", "document-changed")
                .field("request.eventDate", "2026-02-24")
                .document("changed-id-document-copy", LocalDate.of(2026, 2, 24), null, LocalDate.of(2036, 2, 23),
                        null);
    }

    static Builder qualificationDuplicate() {
        return qualificationCommon("qualification.duplicate")
                .field("certificate.number", "Q-710000-2026-0042")
                .field("request.reason", "lost")
                .field("request.eventDate", "2026-02-24")
                .document("id-document-copy", LocalDate.of(2021, 6, 1), null, LocalDate.of(2031, 6, 1), null)
                .document("work-activity-copy", LocalDate.of(2026, 2, 10), null, null, null);
    }

    /** Mutable while a test shapes it; {@link #build()} gives the immutable application. */
    static final class Builder {
        private final String service;
        private final Map<String, Object> fields = new LinkedHashMap<>();
        private final Map<String, PresentedDocument> documents = new LinkedHashMap<>();
        private final List<WarningOverride> overrides = new ArrayList<>();

        Builder(String service) {
            this.service = service;
        }

        Builder field(String id, Object value) {
            fields.put(id, value);
            return this;
        }

        Builder without(String id) {
            fields.remove(id);
            return this;
        }

        Builder document(String type, LocalDate issuedOn, LocalDate validFrom, LocalDate validUntil,
                         LocalDate borderCrossingOn) {
            documents.put(type, new PresentedDocument(type, true, issuedOn, validFrom, validUntil, borderCrossingOn,
                    List.of()));
            return this;
        }

        Builder withoutDocument(String type) {
            documents.remove(type);
            return this;
        }

        Builder override(String warning, String reason) {
            overrides.add(new WarningOverride(warning, reason, "clerk-07"));
            return this;
        }

        Application build() {
            return new Application(Application.FORMAT, "test-" + service, service, null, "kk", fields,
                    new ArrayList<>(documents.values()), overrides);
        }
    }
}
