package kz.qabyldau.forms.identity;

import java.time.Year;
import java.time.YearMonth;

/**
 * A business identification number (БИН / БСН): {@code YYMM T A NNNNN K}, the month of
 * registration, the type of entity, an attribute, a serial number and the same check digit
 * as an IIN.
 *
 * @param value      the twelve digits
 * @param registered the month of registration
 * @param type       4 resident legal entity, 5 non-resident legal entity, 6 joint individual entrepreneurship
 * @param attribute  0 head office, 1 branch, 2 representative office, 3 peasant farm (joint), … (not validated)
 */
public record Bin(String value, YearMonth registered, int type, int attribute) implements TaxpayerId {

    /**
     * Parses and validates a BIN (surrounding spaces ignored).
     *
     * @throws IdentifierException with keys {@code bin.empty}, {@code bin.length},
     *                             {@code bin.notDigit}, {@code bin.month}, {@code bin.type},
     *                             {@code bin.checkDigit} or {@code bin.neverIssued}
     */
    public static Bin parse(String text) {
        String value = TaxpayerCheckDigit.requireTwelveDigits(text, "bin");
        int month = Integer.parseInt(value.substring(2, 4));
        if (month < 1 || month > 12) {
            throw new IdentifierException("bin.month", value.substring(2, 4));
        }
        int type = value.charAt(4) - '0';
        if (type < 4 || type > 6) {
            throw new IdentifierException("bin.type", type);
        }
        TaxpayerCheckDigit.requireCheckDigit(value, "bin");
        int yy = Integer.parseInt(value.substring(0, 2));
        // Entities registered in the 1990s keep their registration year: a two-digit year after
        // the current one can only be from the last century.
        int year = yy <= Year.now().getValue() % 100 ? 2000 + yy : 1900 + yy;
        return new Bin(value, YearMonth.of(year, month), type, value.charAt(5) - '0');
    }

    /** Whether the text is a valid BIN. */
    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IdentifierException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
