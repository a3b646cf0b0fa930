package kz.qabyldau.forms.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One version of one service as the law defines it: its form fields, required documents, refusal grounds,
 * deadline rules and the forms it prints. Read from {@code /qabyldau/services/*.json}; an application is judged by
 * the version whose {@code effectiveFrom} is the latest on or before its filing day.
 *
 * @param service the service id, e.g. {@code permit.issue}
 * @param family  {@code permit} or {@code qualification}
 */
public record ServiceDefinition(String format, String service, String family, String version, LocalDate effectiveFrom,
                                Source source, LocalizedText name, String note, List<Section> sections,
                                List<DocumentRequirement> documents, RefusalGrounds refusalGrounds,
                                List<RuleSpec> rules, List<String> forms) {

    /** The format id every definition file declares. */
    public static final String FORMAT = "qabyldau.service/1";

    public ServiceDefinition {
        if (!FORMAT.equals(format)) {
            throw new IllegalArgumentException("format must be " + FORMAT + ", not " + format);
        }
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom of " + service);
        Objects.requireNonNull(name, "name of " + service);
        Objects.requireNonNull(refusalGrounds, "refusalGrounds of " + service);
        sections = sections == null ? List.of() : List.copyOf(sections);
        documents = documents == null ? List.of() : List.copyOf(documents);
        rules = rules == null ? List.of() : List.copyOf(rules);
        forms = forms == null ? List.of() : List.copyOf(forms);
        List<String> ids = sections.stream().flatMap(s -> s.fields().stream()).map(FieldDefinition::id).toList();
        if (ids.stream().distinct().count() != ids.size()) {
            throw new IllegalArgumentException(service + " declares a field id twice");
        }
    }

    /** Every field of every section, in form order. */
    public Stream<FieldDefinition> fields() {
        return sections.stream().flatMap(s -> s.fields().stream());
    }

    public Optional<FieldDefinition> field(String id) {
        return fields().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<DocumentRequirement> document(String type) {
        return documents.stream().filter(d -> d.type().equals(type)).findFirst();
    }

    /** The first rule of {@code kind}, if the service applies it. */
    public Optional<RuleSpec> rule(RuleKind kind) {
        return rules.stream().filter(r -> r.rule() == kind).findFirst();
    }
}
