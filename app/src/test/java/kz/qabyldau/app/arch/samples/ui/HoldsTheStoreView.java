package kz.qabyldau.app.arch.samples.ui;

import kz.qabyldau.app.arch.samples.store.UsesSceneGraph;

/** Wrong on purpose: a view that holds a working class of the store. */
public class HoldsTheStoreView {
    final UsesSceneGraph store = new UsesSceneGraph();
}
