package kz.qabyldau.app.arch.samples.layers.app.print;

import kz.qabyldau.app.arch.samples.layers.app.config.Folder;

/** The service layer of the layered samples. */
public class Printer {
    final Folder folder = new Folder();
}
