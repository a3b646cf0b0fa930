package kz.qabyldau.app.arch.samples.store;

import kz.qabyldau.app.arch.samples.central.Simulator;

/** Wrong on purpose: starts the simulated central service somewhere other than the assembling package. */
public class UsesSimulator {
    final Simulator simulator = new Simulator();
}
