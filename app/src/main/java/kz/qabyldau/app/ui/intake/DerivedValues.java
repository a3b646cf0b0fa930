package kz.qabyldau.app.ui.intake;

import java.util.LinkedHashMap;
import java.util.Map;

import kz.qabyldau.forms.identity.IdentifierException;
import kz.qabyldau.forms.identity.Iin;
import kz.qabyldau.forms.service.FieldDefinition;
import kz.qabyldau.forms.service.FieldType;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * Values that repeat what the application already says (issue #13), so the clerk does not type them again: the birth
 * year (and date) of a person from their IIN, and the country of permanent residence from the citizenship read from
 * the passport. Only into fields the service's definition declares; {@link IntakeSession} puts them into empty fields
 * only (or over a value it derived itself), so whatever the clerk typed stands.
 */
final class DerivedValues {

    /** The country of permanent residence abroad, which defaults to the citizenship. */
    static final String RESIDENCE_COUNTRY = "applicant.abroad.country";
    static final String CITIZENSHIP = "applicant.citizenship";

    private DerivedValues() {
    }

    /** Field id → the value that follows from {@code fields} now (only for fields {@code definition} declares). */
    static Map<String, Object> of(ServiceDefinition definition, Map<String, Object> fields) {
        Map<String, Object> derived = new LinkedHashMap<>();
        for (FieldDefinition f : definition.fields().toList()) {
            if (f.type() != FieldType.IIN || !f.id().endsWith(".iin")) {
                continue;
            }
            Object typed = fields.get(f.id());
            if (typed == null) {
                continue;
            }
            Iin iin;
            try {
                iin = Iin.parse(typed.toString());
            } catch (IdentifierException e) {
                continue;
            }
            String person = f.id().substring(0, f.id().length() - ".iin".length());
            if (declared(definition, person + ".birthYear", FieldType.YEAR)) {
                // Years are stored as numbers (FieldValues.fromTyped).
                derived.put(person + ".birthYear", (long) iin.birthDate().getYear());
            }
            if (declared(definition, person + ".birthDate", FieldType.DATE)) {
                derived.put(person + ".birthDate", iin.birthDate().toString());
            }
        }
        Object citizenship = fields.get(CITIZENSHIP);
        // A code only: a name still being typed ("Узб") is not a country yet.
        if (citizenship != null && citizenship.toString().matches("[A-Z]{3}")
                && declared(definition, RESIDENCE_COUNTRY, FieldType.COUNTRY)
                && declared(definition, CITIZENSHIP, FieldType.COUNTRY)) {
            derived.put(RESIDENCE_COUNTRY, citizenship);
        }
        return derived;
    }

    private static boolean declared(ServiceDefinition definition, String id, FieldType type) {
        return definition.field(id).map(f -> f.type() == type).orElse(false);
    }
}
