package kz.qabyldau.app.arch.samples.ui;

import kz.qabyldau.app.arch.samples.print.SamplePrinter;

/** Wrong on purpose: a view that sends a form to the printer itself. */
public class PrintsView {
    void print(byte[] pdf) {
        new SamplePrinter().print(pdf);
    }
}
