package kz.qabyldau.app.arch.samples.central;

/** Stands for the simulated central service in the samples. */
public class Simulator {
}
