package kz.qabyldau.forms.identity;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * An individual identification number (ИИН / ЖСН): {@code YYMMDD C NNNN K}, the birth date,
 * a digit for century and sex, a serial number and a check digit.
 *
 * @param value     the twelve digits
 * @param birthDate the date of birth
 * @param sex       male or female
 * @param century   the hundreds of the birth year: 18, 19 or 20
 */
public record Iin(String value, LocalDate birthDate, Sex sex, int century) implements TaxpayerId {

    /**
     * Parses and validates an IIN (surrounding spaces ignored).
     *
     * @throws IdentifierException with keys {@code iin.empty}, {@code iin.length},
     *                             {@code iin.notDigit}, {@code iin.century}, {@code iin.birthDate},
     *                             {@code iin.checkDigit} or {@code iin.neverIssued}
     */
    public static Iin parse(String text) {
        String value = TaxpayerCheckDigit.requireTwelveDigits(text, "iin");
        int centuryDigit = value.charAt(6) - '0';
        if (centuryDigit < 1 || centuryDigit > 6) {
            throw new IdentifierException("iin.century", centuryDigit);
        }
        // 1/2 = 1800s, 3/4 = 1900s, 5/6 = 2000s; odd = male, even = female.
        int century = 17 + (centuryDigit + 1) / 2;
        LocalDate birthDate;
        try {
            birthDate = LocalDate.of(century * 100 + Integer.parseInt(value.substring(0, 2)),
                    Integer.parseInt(value.substring(2, 4)), Integer.parseInt(value.substring(4, 6)));
        } catch (DateTimeException e) {
            throw new IdentifierException("iin.birthDate", value.substring(0, 6));
        }
        TaxpayerCheckDigit.requireCheckDigit(value, "iin");
        return new Iin(value, birthDate, centuryDigit % 2 == 1 ? Sex.MALE : Sex.FEMALE, century);
    }

    /** Whether the text is a valid IIN. */
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
