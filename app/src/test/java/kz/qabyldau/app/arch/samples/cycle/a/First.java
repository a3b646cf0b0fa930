package kz.qabyldau.app.arch.samples.cycle.a;

import kz.qabyldau.app.arch.samples.cycle.b.Second;

/** Wrong on purpose, with {@link Second}: two packages that need each other. */
public class First {
    Second next;
}
