package kz.qabyldau.app.arch.samples.forms;

import javafx.beans.property.SimpleStringProperty;

/** Wrong on purpose: a law-core class that uses JavaFX. */
public class UsesJavaFx {
    final SimpleStringProperty name = new SimpleStringProperty();
}
