package kz.qabyldau.app.ui.common;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Window;

import kz.qabyldau.app.i18n.I18n;

/** {@link DialogService} with JavaFX alerts, owned by the main window and styled by the theme. */
public final class FxDialogService implements DialogService {

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

    private void show(Alert.AlertType type, String title, String message) {
        Alert alert = new Alert(type, "", new ButtonType(i18n.get("dialog.close"), ButtonType.OK.getButtonData()));
        if (owner != null && owner.isShowing()) {
            alert.initOwner(owner);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        // A Label wraps long text (a log path) where the default content text would cut it off.
        Label content = new Label(message);
        content.setWrapText(true);
        content.getStyleClass().add(Styles.DIALOG_MESSAGE);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStylesheets().addAll(Theme.stylesheets());
        alert.getDialogPane().setMinWidth(480);
        alert.showAndWait();
    }
}
