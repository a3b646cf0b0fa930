package kz.qabyldau.app.arch.samples.layers.app.central;

import kz.qabyldau.app.arch.samples.layers.app.store.Store;

/** The simulator layer of the layered samples: it borrows the store's plumbing. */
public class Simulator {
    final Store store = new Store();
}
