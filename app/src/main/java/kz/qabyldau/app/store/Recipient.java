package kz.qabyldau.app.store;

import java.util.Objects;

/**
 * Who received a decision or a notice at the handout desk, as the clerk typed it from the identity
 * document shown: full name and the document's number. Personal: it goes into the audit entry's details,
 * sealed in an encrypted office database.
 */
public record Recipient(String name, String documentNumber) {

    /** Longer than any name or document number; what is typed beyond it is not kept. */
    public static final int MAX_LENGTH = 200;

    public Recipient {
        name = Objects.requireNonNull(name, "name").strip();
        documentNumber = Objects.requireNonNull(documentNumber, "documentNumber").strip();
        if (name.isEmpty() || documentNumber.isEmpty()) {
            throw new IllegalArgumentException("a recipient needs a name and an identity document number");
        }
        if (name.length() > MAX_LENGTH || documentNumber.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a recipient's name or document number is too long");
        }
    }

    /** The audit entry's details: {@code received by: NAME; document: NUMBER}. */
    public String details() {
        return "received by: " + name + "; document: " + documentNumber;
    }
}
