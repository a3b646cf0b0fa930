package kz.qabyldau.app.ui.intake;

import java.util.Optional;

import kz.qabyldau.app.ui.common.View;

/**
 * The wizard's two steps that are not sections of the service definition: the documents checklist and the finish
 * (accept or refuse). Implemented in {@code ui.intake.documents} / {@code ui.intake.finish}; the wizard asks for a
 * fresh view per session and shows no step for an empty answer.
 */
public interface IntakeStepFactory {

    /** The Documents step of {@code session}, if available. */
    Optional<View> documents(IntakeSession session);

    /** The Finish step of {@code session}, if available. It calls {@link IntakeSession#finish()} when done. */
    Optional<View> finish(IntakeSession session);

    /** The returning-employer offer of {@code session}'s employer step, if the service and the store allow one. */
    default Optional<ReturningEmployer> returningEmployer(IntakeSession session) {
        return Optional.empty();
    }

    /** No extra steps (until the documents and finish steps exist). */
    static IntakeStepFactory none() {
        return new IntakeStepFactory() {
            @Override
            public Optional<View> documents(IntakeSession session) {
                return Optional.empty();
            }

            @Override
            public Optional<View> finish(IntakeSession session) {
                return Optional.empty();
            }
        };
    }
}
