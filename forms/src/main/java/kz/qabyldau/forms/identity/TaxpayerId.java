package kz.qabyldau.forms.identity;

/**
 * An IIN or a BIN, for fields that take either (an employer may be a person or a legal
 * entity: field type {@code bin-or-iin}).
 */
public sealed interface TaxpayerId permits Iin, Bin {

    /** The twelve digits. */
    String value();

    /**
     * Parses a BIN or an IIN. The two cannot be confused: the 5th digit of a BIN is the entity
     * type 4, 5 or 6, while the 5th digit of an IIN is the tens of the birth day, 0 to 3.
     *
     * @throws IdentifierException with an {@code iin.*} or {@code bin.*} key
     */
    static TaxpayerId parse(String text) {
        String value = TaxpayerCheckDigit.requireTwelveDigits(text, "iin");
        char fifth = value.charAt(4);
        return fifth >= '4' && fifth <= '6' ? Bin.parse(value) : Iin.parse(value);
    }
}
