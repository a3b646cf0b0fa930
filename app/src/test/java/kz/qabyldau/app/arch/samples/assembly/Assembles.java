package kz.qabyldau.app.arch.samples.assembly;

import kz.qabyldau.app.arch.samples.central.Simulator;

/** Allowed: the assembling package starts the simulator for training. */
public class Assembles {
    final Simulator training = new Simulator();
}
