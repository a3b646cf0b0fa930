package kz.qabyldau.forms.service;

import java.util.List;
import java.util.Objects;

/** A group of fields as the official form groups them (applicant, employer, household …). */
public record Section(String id, LocalizedText title, String appendix, List<FieldDefinition> fields) {

    public Section {
        Objects.requireNonNull(id, "section id");
        Objects.requireNonNull(title, "title of section " + id);
        fields = fields == null ? List.of() : List.copyOf(fields);
    }
}
