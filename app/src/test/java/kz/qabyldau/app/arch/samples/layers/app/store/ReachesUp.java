package kz.qabyldau.app.arch.samples.layers.app.store;

import kz.qabyldau.app.arch.samples.layers.app.ui.Screen;

/** Wrong on purpose: the store reaches up into a front end. */
public class ReachesUp {
    Screen screen;
}
