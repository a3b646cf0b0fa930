package kz.qabyldau.app.arch.samples;

import kz.qabyldau.app.AllowedToUseStandardStreams;

/** Allowed: carries the annotation with its reason. */
@AllowedToUseStandardStreams("a sample of the permitted exception")
public class AllowedPrinter {
    void report(String text) {
        System.err.println(text);
    }
}
