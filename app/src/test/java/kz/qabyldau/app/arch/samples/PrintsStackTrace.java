package kz.qabyldau.app.arch.samples;

/** Wrong on purpose: dumps a stack trace. */
public class PrintsStackTrace {
    void fail(Exception e) {
        e.printStackTrace();
    }
}
