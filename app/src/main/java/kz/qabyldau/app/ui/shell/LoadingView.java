package kz.qabyldau.app.ui.shell;

import javafx.animation.PauseTransition;
import javafx.geometry.Pos;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.util.Duration;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.ui.common.Styles;
import kz.qabyldau.app.ui.common.View;

/**
 * What the window shows while the database opens, so the clerk sees at once that the program started: the
 * product's name, and only when opening takes longer than {@link #SAY_OPENING_AFTER} (a damaged file's check, a
 * very loaded computer) a spinner and "opening the database". A normal start replaces it before then, so the
 * clerk never reads that line (issue #16), and no spinner is drawn sixty times a second on the processor the
 * start-up needs (ADR 0092).
 */
public final class LoadingView implements View {

    /** How long start-up may take before the window says it is opening the database. */
    public static final Duration SAY_OPENING_AFTER = Duration.seconds(1.5);

    private final VBox root;

    public LoadingView(I18n i18n) {
        Label product = new Label("QABYLDAU");
        product.getStyleClass().add(Styles.LOADING_TITLE);
        root = new VBox(16, product);
        root.setId("loading");
        root.setAlignment(Pos.CENTER);
        root.getStyleClass().add(Styles.LOADING);
        PauseTransition wait = new PauseTransition(SAY_OPENING_AFTER);
        wait.setOnFinished(e -> {
            if (root.getScene() == null) {
                return;
            }
            ProgressIndicator progress = new ProgressIndicator();
            progress.setMaxSize(40, 40);
            Label text = new Label();
            text.textProperty().bind(i18n.text("startup.opening"));
            root.getChildren().addAll(progress, text);
        });
        wait.play();
    }

    @Override
    public Parent root() {
        return root;
    }
}
