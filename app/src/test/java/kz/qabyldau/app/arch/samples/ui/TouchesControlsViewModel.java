package kz.qabyldau.app.arch.samples.ui;

import javafx.scene.control.TextField;

/** Wrong on purpose: a view model that reaches into a control. */
public class TouchesControlsViewModel {
    void clear(TextField field) {
        field.clear();
    }
}
