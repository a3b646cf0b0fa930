package kz.qabyldau.forms.print;

import java.time.ZonedDateTime;

/**
 * How to render a form.
 *
 * @param training  print "ҮЛГІ / ОБРАЗЕЦ" across every page (training mode)
 * @param createdAt the document's creation time in its metadata
 */
public record RenderOptions(boolean training, ZonedDateTime createdAt) {

    /** A real (not training) document created now. */
    public static RenderOptions normal() {
        return new RenderOptions(false, ZonedDateTime.now());
    }

    /** A training document created now. */
    public static RenderOptions trainingMode() {
        return new RenderOptions(true, ZonedDateTime.now());
    }
}
