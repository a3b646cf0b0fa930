package kz.qabyldau.app.arch.samples.print;

/** Stands for the print package in the samples. */
public class SamplePrinter {
    public void print(byte[] pdf) {
        // nothing: a sample
    }
}
