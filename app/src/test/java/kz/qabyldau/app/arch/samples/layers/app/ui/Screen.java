package kz.qabyldau.app.arch.samples.layers.app.ui;

import kz.qabyldau.app.arch.samples.layers.app.print.Printer;
import kz.qabyldau.app.arch.samples.layers.app.store.Store;

/** A front end of the layered samples: uses the layers below it. */
public class Screen {
    final Printer printer = new Printer();
    final Store store = new Store();
}
