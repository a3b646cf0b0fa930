package kz.qabyldau.app.arch.samples.store;

import javafx.scene.control.Label;

/** Wrong on purpose: a storage class that builds a control. */
public class UsesSceneGraph {
    Label label() {
        return new Label();
    }
}
