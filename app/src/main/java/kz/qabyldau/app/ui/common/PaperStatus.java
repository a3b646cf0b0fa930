package kz.qabyldau.app.ui.common;

import java.util.Locale;

import kz.qabyldau.app.i18n.I18n;
import kz.qabyldau.app.print.PaperDelivery;

/** Where a form went, in the clerk's words: the printer, or the file it was saved to and whether it opened. */
public final class PaperStatus {

    private PaperStatus() {
    }

    public static String of(I18n i18n, PaperDelivery.Delivery delivery) {
        Locale locale = i18n.language().locale();
        if (delivery.printer().isPresent()) {
            return i18n.get("finish.print.done", delivery.printer().get());
        }
        String where = delivery.notOpened().map(e -> e.message(locale))
                .orElseGet(() -> i18n.get("paper.savedOpened", delivery.savedTo().map(Object::toString).orElse("")));
        return delivery.notPrinted().map(e -> i18n.get("finish.print.notPrinted", e.message(locale), where))
                .orElse(where);
    }
}
