package kz.qabyldau.app.store.synthetic;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A made-up person: name, sex, birth date, a valid IIN (optional for an applicant), and for an applicant a
 * passport whose machine-readable zone (TD3) has correct check digits.
 *
 * @param latinName surname and given names in Latin capitals, as the MRZ writes them
 */
record SyntheticPerson(String surname, String givenNames, boolean male, LocalDate birthDate, String iin,
                       String citizenship, String passportNumber, LocalDate passportIssued, LocalDate passportExpiry,
                       String latinName) {

    private static final DateTimeFormatter YYMMDD = DateTimeFormatter.ofPattern("yyMMdd", Locale.ROOT);
    private static final int[] MRZ_WEIGHTS = {7, 3, 1};
    private static final int[] IIN_FIRST = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11};
    private static final int[] IIN_SECOND = {3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2};

    /** A surname as a woman writes it, for the Slavic and Central Asian -ov/-ev/-in endings. */
    static String femaleSurname(String surname) {
        if (surname.endsWith("ов") || surname.endsWith("ев") || surname.endsWith("ин")) {
            return surname + "а";
        }
        return surname;
    }

    /**
     * A valid IIN for this birth date and sex: {@code YYMMDD C NNNN K} with a serial drawn from {@code random}
     * until the check digit exists (some serials have none, p. of the IIN rules: never issued).
     */
    static String iin(LocalDate birthDate, boolean male, SplittableRandom random) {
        int century = birthDate.getYear() / 100;
        int digit = (century - 18) * 2 + (male ? 1 : 2);
        while (true) {
            String body = birthDate.format(YYMMDD) + digit + String.format(Locale.ROOT, "%04d", random.nextInt(10000));
            int check = weighted(body, IIN_FIRST);
            if (check == 10) {
                check = weighted(body, IIN_SECOND);
            }
            if (check != 10) {
                return body + check;
            }
        }
    }

    private static int weighted(String digits, int[] weights) {
        int sum = 0;
        for (int i = 0; i < weights.length; i++) {
            sum += (digits.charAt(i) - '0') * weights[i];
        }
        return sum % 11;
    }

    /** The two lines of the passport's machine-readable zone (ICAO 9303 TD3), check digits included. */
    String mrz() {
        String[] name = latinName.split(" ", 2);
        String names = name[0].replace('-', '<') + "<<" + (name.length > 1 ? name[1].replace(' ', '<') : "");
        String line1 = pad("P<" + citizenship + names, 44);
        String number = pad(passportNumber, 9);
        String birth = birthDate.format(YYMMDD);
        String expiry = passportExpiry.format(YYMMDD);
        String personal = pad("", 14);
        String line2 = number + check(number) + citizenship + birth + check(birth) + (male ? "M" : "F") + expiry
                + check(expiry) + personal + "<";
        String composite = line2.substring(0, 10) + line2.substring(13, 20) + line2.substring(21, 43);
        return line1 + "\n" + line2 + check(composite);
    }

    private static String pad(String s, int length) {
        StringBuilder b = new StringBuilder(s.length() > length ? s.substring(0, length) : s);
        while (b.length() < length) {
            b.append('<');
        }
        return b.toString();
    }

    private static int check(String data) {
        int sum = 0;
        for (int i = 0; i < data.length(); i++) {
            char c = data.charAt(i);
            int v = c >= '0' && c <= '9' ? c - '0' : c >= 'A' && c <= 'Z' ? c - 'A' + 10 : 0;
            sum += v * MRZ_WEIGHTS[i % 3];
        }
        return sum % 10;
    }
}
