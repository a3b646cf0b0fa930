package kz.qabyldau.app.ui.operators;

import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.EmptyStateView;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;

/** The Operators page in training: the trainee is the only operator, and the page says where real ones come from. */
public final class TrainingHasNoOperators implements View {

    private final VBox root;

    public TrainingHasNoOperators(I18n i18n) {
        Label title = new Label();
        title.textProperty().bind(i18n.text("operators.title"));
        title.getStyleClass().add(Styles.PAGE_TITLE);
        root = new VBox(12, title, EmptyStateView.statement(i18n, "operators.training.title",
                "operators.training.text"));
        root.setId("operators-page");
        root.getStyleClass().add(Styles.PAGE);
    }

    @Override
    public Parent root() {
        return root;
    }
}
