package kz.qabyldau.app.ui.intake;

import java.time.Clock;
import java.util.Optional;
import java.util.function.Function;

import javafx.scene.Parent;
import javafx.scene.layout.StackPane;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.View;

/**
 * The "New application" page: the service picker, and once an application is started or resumed, its wizard.
 * Putting an application aside or finishing it brings the picker back for the next applicant.
 */
public final class NewApplicationView implements View {

    private final StackPane root = new StackPane();
    private WizardView wizard;

    /**
     * @param searchFor the earlier-permit search for a session, when the service continues a permit
     */
    public NewApplicationView(NewApplicationViewModel model, I18n i18n, PlaceNames places, IntakeStepFactory plugins,
                              Function<IntakeSession, Optional<EarlierPermitSearch>> searchFor, Clock clock) {
        ServicePickerView picker = new ServicePickerView(model, i18n);
        root.getChildren().setAll(picker.root());
        // Opening the page (Ctrl+1) puts the clerk where the work is: the open step, or the ticket. The page also
        // re-joins the scene when ControlsFX wraps the scene's root for its first decoration: the focus is then
        // already inside and stays where it is.
        root.sceneProperty().addListener((o, was, scene) -> {
            if (scene != null && !Focus.isWithin(scene.getFocusOwner(), root)) {
                if (wizard != null) {
                    wizard.focusCurrent();
                } else {
                    picker.focus();
                }
            }
        });
        model.sessionProperty().addListener((o, old, session) -> {
            if (wizard != null) {
                wizard.dispose();
                wizard = null;
            }
            if (session == null) {
                root.getChildren().setAll(picker.root());
                picker.focus();
                return;
            }
            Optional<View> documents = plugins.documents(session);
            Optional<View> finish = plugins.finish(session);
            Optional<EarlierPermitSearch> search = EarlierPermitSearch.appliesTo(session.serviceDefinition().get())
                    ? searchFor.apply(session) : Optional.empty();
            WizardViewModel steps = new WizardViewModel(session, search.isPresent(), documents.isPresent(),
                    finish.isPresent());
            wizard = new WizardView(steps, i18n, places, documents, finish, search,
                    plugins.returningEmployer(session), clock, model::close);
            root.getChildren().setAll(wizard.root());
            wizard.focusCurrent();
        });
    }

    @Override
    public Parent root() {
        return root;
    }
}
