package kz.qabyldau.app.arch.samples.layers.app.config;

/** The foundation layer of the layered samples. */
public class Folder {
}
