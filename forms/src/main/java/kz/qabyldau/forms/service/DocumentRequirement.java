package kz.qabyldau.forms.service;

import java.util.List;
import java.util.Objects;

/**
 * A document the applicant must present (App. 2 of each set of rules).
 *
 * @param type            the document type id that applications use in their {@code documents} list
 * @param item            where the law lists it (e.g. {@code App. 2, 1.4})
 * @param printedAtIntake the desk prints it itself (the application form); never missing
 * @param requiredWhen    required only when this condition holds; always when absent
 * @param validity        the rules a presented document must pass
 */
public record DocumentRequirement(String type, LocalizedText name, String item, boolean printedAtIntake,
                                  Condition requiredWhen, List<ValidityRule> validity, String note) {

    public DocumentRequirement {
        Objects.requireNonNull(type, "document type");
        Objects.requireNonNull(name, "name of document " + type);
        validity = validity == null ? List.of() : List.copyOf(validity);
    }
}
