package kz.qabyldau.app.ui.intake;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import kz.qabyldau.forms.service.FieldDefinition;
import kz.qabyldau.forms.service.Section;
import kz.qabyldau.forms.verdict.FieldError;
import kz.qabyldau.forms.verdict.Verdict;

/**
 * One step of the wizard: a section of the service definition, or one of the steps around them.
 *
 * @param kind    what the step shows
 * @param section the definition's section, for {@link Kind#SECTION} steps only
 */
public record WizardStep(Kind kind, Section section) {

    /** The kinds of step, in the order they can appear. */
    public enum Kind {
        /** Finding the earlier permit or certificate (extensions, duplicates, re-issues). */
        EARLIER_PERMIT,
        /** A section of the definition. */
        SECTION,
        /** The documents checklist (a plug-in). */
        DOCUMENTS,
        /** Accept or refuse (a plug-in). */
        FINISH
    }

    /** The ids of the fields this step edits. */
    public Set<String> fieldIds() {
        return section == null ? Set.of()
                : section.fields().stream().map(FieldDefinition::id).collect(Collectors.toUnmodifiableSet());
    }

    /** The verdict's field errors that belong to this step (document dates belong to the documents step). */
    public List<FieldError> errors(Verdict verdict) {
        if (verdict == null) {
            return List.of();
        }
        if (kind == Kind.DOCUMENTS) {
            return verdict.fieldErrors().stream().filter(e -> e.field().startsWith("documents.")).toList();
        }
        Set<String> ids = fieldIds();
        return verdict.fieldErrors().stream().filter(e -> ids.contains(e.field())).toList();
    }
}
