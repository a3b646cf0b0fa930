package kz.qabyldau.forms.service;

import java.util.Objects;

/**
 * A ground of refusal as the law words it.
 *
 * @param receiptForm for the intake ground: the form that prints the receipt of refusal (e.g. {@code permit-app4})
 */
public record RefusalGround(String id, String paragraph, String receiptForm, LocalizedText text) {

    public RefusalGround {
        Objects.requireNonNull(id, "ground id");
        Objects.requireNonNull(text, "text of ground " + id);
    }
}
