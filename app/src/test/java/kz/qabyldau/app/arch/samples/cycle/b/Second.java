package kz.qabyldau.app.arch.samples.cycle.b;

import kz.qabyldau.app.arch.samples.cycle.a.First;

/** Wrong on purpose, with {@link First}: two packages that need each other. */
public class Second {
    First back;
}
