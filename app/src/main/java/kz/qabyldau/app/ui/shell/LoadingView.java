package kz.qabyldau.app.ui.shell;

import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;

/** What the window shows while the database opens, so the clerk sees at once that the program started. */
public final class LoadingView implements View {

    private final VBox root;

    public LoadingView(I18n i18n) {
        Label product = new Label("QABYLDAU");
        product.getStyleClass().add(Styles.LOADING_TITLE);
        ProgressIndicator progress = new ProgressIndicator();
        progress.setMaxSize(40, 40);
        Label text = new Label();
        text.textProperty().bind(i18n.text("startup.opening"));
        root = new VBox(16, product, progress, text);
        root.setId("loading");
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add(Styles.LOADING);
    }

    @Override
    public Parent root() {
        return root;
    }
}
