package kz.qabyldau.app.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import kz.qabyldau.app.i18n.I18n;

/** {@link DialogService} with JavaFX alerts, owned by the main window and styled by the theme. */
public final class FxDialogService implements DialogService {

    private static final double WIDTH = 620;

    private final Window owner;
    private final I18n i18n;

    /** @param owner the window the dialogs belong to */
    public FxDialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void showError(String title, String message) {
        show(Alert.AlertType.ERROR, title, message);
    }

    @Override
    public void showInformation(String title, String message) {
        show(Alert.AlertType.INFORMATION, title, message);
    }

    @Override
    public boolean confirm(String title, String message, String yes, String no) {
        ButtonType confirm = new ButtonType(yes, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(no, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "", confirm, cancel);
        return prepare(alert, title, message).showAndWait().filter(confirm::equals).isPresent();
    }

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, "", new ButtonType(i18n.get("dialog.close"), ButtonType.OK.getButtonData()));
        prepare(alert, title, message).showAndWait();
    }

    private Alert prepare(Alert alert, String title, String message) {
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        // A title in several languages comes one per line: the window shows the first.
        alert.setTitle(title.lines().findFirst().orElse(title));
        alert.setHeaderText(title);
        // A wrapping Label of bounded width keeps long text (a log path) readable and the dialog on screen.
        Label content = new Label(message);
        content.setWrapText(true);
        content.setPrefWidth(WIDTH - 40);
        content.getStyleClass().add(Styles.DIALOG_MESSAGE);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStylesheets().addAll(Theme.stylesheets());
        alert.getDialogPane().setPrefWidth(WIDTH);
        alert.getDialogPane().setMaxWidth(WIDTH);
        return alert;
    }
}
