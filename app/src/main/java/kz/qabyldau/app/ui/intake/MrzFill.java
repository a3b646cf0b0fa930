package kz.qabyldau.app.ui.intake;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import kz.qabyldau.forms.application.PresentedDocument;
import kz.qabyldau.forms.identity.MrzData;
import kz.qabyldau.forms.identity.Sex;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * What a verified machine-readable zone puts into the application: the name in Latin letters, the document number,
 * citizenship, birth date, sex and the passport's expiry — but only into fields the service's definition declares
 * (the desk never invents a field), and the expiry into the passport entry of the document list when the service
 * asks for a passport.
 *
 * @param fields   field id → value to set
 * @param passport the passport entry with its expiry, when the service lists a passport
 * @param data     everything the zone said, for the clerk to compare with the document
 */
public record MrzFill(Map<String, Object> fields, Optional<PresentedDocument> passport, MrzData data) {

    /** The document type of the passport in the definitions' document lists. */
    static final String PASSPORT = "passport";

    public MrzFill {
        fields = Map.copyOf(fields);
    }

    /**
     * @param current the passport entry already recorded, whose other dates and scans are kept
     */
    public static MrzFill of(MrzData data, ServiceDefinition definition, Optional<PresentedDocument> current) {
        Map<String, Object> values = new LinkedHashMap<>();
        put(values, definition, "applicant.latinName", data.latinName());
        put(values, definition, "applicant.document.number", data.documentNumber());
        put(values, definition, "applicant.citizenship", citizenship(data.nationality()));
        put(values, definition, "applicant.birthDate", data.birthDate().toString());
        if (data.sex() != Sex.UNSPECIFIED) {
            put(values, definition, "applicant.sex", data.sex() == Sex.MALE ? "M" : "F");
        }
        put(values, definition, "applicant.document.expiresOn", data.expiryDate().toString());
        Optional<PresentedDocument> passport = definition.document(PASSPORT)
                .map(d -> withExpiry(current.orElse(null), data.expiryDate()));
        return new MrzFill(values, passport, data);
    }

    private static void put(Map<String, Object> values, ServiceDefinition definition, String id, String value) {
        if (definition.field(id).isPresent() && value != null && !value.isEmpty()) {
            values.put(id, value);
        }
    }

    private static PresentedDocument withExpiry(PresentedDocument current, LocalDate expiry) {
        if (current == null) {
            return new PresentedDocument(PASSPORT, true, null, null, expiry, null, List.of());
        }
        return new PresentedDocument(PASSPORT, current.presented(), current.issuedOn(), current.validFrom(), expiry,
                current.borderCrossingOn(), current.scans());
    }

    /** ICAO writes Germany as "D" (Doc 9303 Part 3); everything else the reference data knows is ISO alpha-3. */
    private static String citizenship(String icao) {
        return "D".equals(icao) ? "DEU" : icao;
    }
}
