package kz.qabyldau.app.arch.samples.layers.app.cli;

import kz.qabyldau.app.arch.samples.layers.app.central.Simulator;

/** A front end of the layered samples: the command that starts the simulator. */
public class Command {
    final Simulator simulator = new Simulator();
}
