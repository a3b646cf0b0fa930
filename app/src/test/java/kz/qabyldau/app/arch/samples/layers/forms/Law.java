package kz.qabyldau.app.arch.samples.layers.forms;

/** The law core of the layered samples. */
public class Law {
}
