package kz.qabyldau.app.ui.intake;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;

import kz.qabyldau.forms.service.Section;
import kz.qabyldau.forms.service.ServiceDefinition;

/**
 * The wizard over one {@link IntakeSession}: which steps there are (the definition's sections, with the earlier
 * permit search before them when the service continues a permit, and the documents and finish steps after them when
 * those are plugged in), which one is open, and which fields the clerk has already been through — a missing value is
 * only pointed out once the clerk has passed it, so a fresh form is not a wall of red.
 */
public final class WizardViewModel {

    private final IntakeSession session;
    private final List<WizardStep> steps;
    private final ReadOnlyIntegerWrapper current = new ReadOnlyIntegerWrapper(this, "current", 0);
    private final Set<String> passed = new HashSet<>();
    private final ReadOnlyBooleanWrapper documentsReached = new ReadOnlyBooleanWrapper(this, "documentsReached");

    /**
     * @param withLookup    whether the earlier-permit search can be offered (the office's records are open)
     * @param withDocuments whether a documents step is plugged in
     * @param withFinish    whether a finish step is plugged in
     */
    public WizardViewModel(IntakeSession session, boolean withLookup, boolean withDocuments, boolean withFinish) {
        this.session = Objects.requireNonNull(session);
        ServiceDefinition definition = session.serviceDefinition().get();
        List<WizardStep> list = new ArrayList<>();
        if (withLookup && EarlierPermitSearch.appliesTo(definition)) {
            list.add(new WizardStep(WizardStep.Kind.EARLIER_PERMIT, null));
        }
        for (Section s : definition.sections()) {
            list.add(new WizardStep(WizardStep.Kind.SECTION, s));
        }
        if (withDocuments) {
            list.add(new WizardStep(WizardStep.Kind.DOCUMENTS, null));
        }
        if (withFinish) {
            list.add(new WizardStep(WizardStep.Kind.FINISH, null));
        }
        this.steps = List.copyOf(list);
        int documents = indexOf(WizardStep.Kind.DOCUMENTS);
        documentsReached.set(documents < 0);
        current.addListener((o, a, b) -> {
            if (documents >= 0 && b.intValue() >= documents) {
                documentsReached.set(true);
            }
        });
        resumeWhereStopped();
    }

    /**
     * Fields a new application is given from the office's settings ({@link NewApplicationViewModel}): not typed by
     * the clerk, so they do not tell where the clerk stopped.
     */
    static final Set<String> FILLED_BY_THE_DESK = Set.of("provider.name", "household.region");

    /**
     * A resumed draft opens where the clerk stopped: at the last step holding something the clerk entered (a
     * presented document counts for the documents step); the steps before it count as passed. A new one opens at
     * the first step.
     */
    private void resumeWhereStopped() {
        var application = session.application().get();
        if (application == null) {
            return;
        }
        int at = 0;
        for (int i = 0; i < steps.size(); i++) {
            WizardStep step = steps.get(i);
            boolean entered = switch (step.kind()) {
                case SECTION -> step.fieldIds().stream()
                        .anyMatch(id -> !FILLED_BY_THE_DESK.contains(id) && application.field(id).isPresent());
                case DOCUMENTS -> !application.documents().isEmpty();
                default -> false;
            };
            if (entered) {
                at = i;
            }
        }
        for (int i = 0; i < at; i++) {
            passed.addAll(steps.get(i).fieldIds());
        }
        current.set(at);
    }

    private int indexOf(WizardStep.Kind kind) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).kind() == kind) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Whether the clerk has reached the documents step (or there is none): until then the rules panel does not
     * count the documents not yet shown as grounds to refuse intake.
     */
    public ReadOnlyBooleanProperty documentsReachedProperty() {
        return documentsReached.getReadOnlyProperty();
    }

    public IntakeSession session() {
        return session;
    }

    public List<WizardStep> steps() {
        return steps;
    }

    /** The index of the open step. */
    public ReadOnlyIntegerProperty currentProperty() {
        return current.getReadOnlyProperty();
    }

    public WizardStep currentStep() {
        return steps.get(current.get());
    }

    public boolean hasNext() {
        return current.get() < steps.size() - 1;
    }

    public boolean hasPrevious() {
        return current.get() > 0;
    }

    /** Opens the next step; the step left counts as passed. */
    public void next() {
        goTo(current.get() + 1);
    }

    public void previous() {
        goTo(current.get() - 1);
    }

    /** Opens step {@code index} (0-based) if it exists; the step left counts as passed. */
    public void goTo(int index) {
        if (index < 0 || index >= steps.size() || index == current.get()) {
            return;
        }
        passed.addAll(currentStep().fieldIds());
        current.set(index);
    }

    /**
     * Records that the clerk has left field {@code id} (focus moved on, Enter) and saves what was typed in it at
     * once, without waiting for the pause.
     */
    public void passField(String id) {
        passed.add(id);
        session.fieldLeft();
    }

    /** Whether a missing value of field {@code id} should be pointed out yet. */
    public boolean passed(String id) {
        return passed.contains(id);
    }

    /** The number of field errors in step {@code index} now. */
    public int errorCount(int index) {
        return steps.get(index).errors(session.verdict().get()).size();
    }
}
