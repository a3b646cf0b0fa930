package kz.qabyldau.app.arch.samples.layers.app;

import kz.qabyldau.app.arch.samples.layers.app.ui.Screen;

/** The entry layer of the layered samples. */
public class Main {
    final Screen screen = new Screen();
}
