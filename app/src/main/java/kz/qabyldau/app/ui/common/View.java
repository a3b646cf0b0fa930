package kz.qabyldau.app.ui.common;

import javafx.scene.Parent;

/** A screen or part of one: builds its nodes once and binds them to its view model. */
public interface View {

    /** The root node to place in the window. */
    Parent root();
}
