package kz.qabyldau.app.arch.samples;

/** Wrong on purpose: prints to the console. */
public class PrintsToConsole {
    void report(String text) {
        System.out.println(text);
    }
}
