package kz.qabyldau.app.ui;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

import kz.qabyldau.app.cli.LaunchOptions;

/** The JavaFX application: the clerk's main window. */
public final class WorkstationApp extends Application {

    public static void start(LaunchOptions options) {
        Application.launch(WorkstationApp.class);
    }

    @Override
    public void start(Stage stage) {
        stage.setTitle("Qabyldau");
        stage.setScene(new Scene(new Label("Qabyldau"), 800, 600));
        stage.show();
    }
}
