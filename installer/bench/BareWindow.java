import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;

/**
 * The floor of installer/start-ratio.sh: the least a JavaFX desk can do, a window with 40 labelled
 * text fields and the first one focused. Prints "Bare window ready" as soon as the window with
 * them is shown (the workstation logs "Workstation ready" likewise right after its desk is in the window).
 * A launcher class apart from the Application: with JavaFX on the class path a main class that
 * extends Application does not start.
 */
public final class BareWindow {

    private BareWindow() {
    }

    public static void main(String[] args) {
        Application.launch(Window.class, args);
        System.exit(0);
    }

    /** The window itself. */
    public static final class Window extends Application {
        @Override
        public void start(Stage stage) {
            GridPane grid = new GridPane();
            grid.setHgap(8);
            grid.setVgap(4);
            TextField first = null;
            for (int i = 0; i < 40; i++) {
                TextField field = new TextField();
                grid.add(new Label("Field " + (i + 1)), (i / 20) * 2, i % 20);
                grid.add(field, (i / 20) * 2 + 1, i % 20);
                if (first == null) {
                    first = field;
                }
            }
            stage.setScene(new Scene(new VBox(grid), 1280, 820));
            stage.setMaximized(true);
            stage.show();
            first.requestFocus();
            System.out.println("Bare window ready");
        }
    }
}
