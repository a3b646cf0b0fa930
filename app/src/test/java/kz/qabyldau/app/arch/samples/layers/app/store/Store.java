package kz.qabyldau.app.arch.samples.layers.app.store;

import kz.qabyldau.app.arch.samples.layers.forms.Law;

/** The store-and-sync layer of the layered samples. */
public class Store {
    final Law law = new Law();
}
