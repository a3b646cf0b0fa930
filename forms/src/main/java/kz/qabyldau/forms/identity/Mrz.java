package kz.qabyldau.forms.identity;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads the machine-readable zone of a passport (TD3) or ID card (TD1) as ICAO Doc 9303
 * defines it, the way a keyboard-wedge reader types it: lines separated by CR and/or LF or
 * glued together, with spaces around them.
 */
public final class Mrz {

    private Mrz() {
    }

    /** Parses with today's date (for reading two-digit years). */
    public static MrzData parse(String text) {
        return parse(text, LocalDate.now());
    }

    /**
     * Parses and verifies every check digit.
     *
     * @param text  the MRZ as typed
     * @param today the day two-digit years are read against
     * @throws IdentifierException naming what is wrong: {@code mrz.empty}, {@code mrz.length},
     *                             {@code mrz.character}, {@code mrz.documentType},
     *                             {@code mrz.checkDigit.<field>} (documentNumber, birthDate,
     *                             expiryDate, personalNumber, composite) with expected and
     *                             found digit, {@code mrz.date.<field>}, {@code mrz.sex}
     */
    public static MrzData parse(String text, LocalDate today) {
        List<String> lines = lines(text);
        MrzFormat format = lines.size() == 2 ? MrzFormat.TD3 : MrzFormat.TD1;
        return format == MrzFormat.TD3 ? td3(lines.get(0), lines.get(1), today)
                : td1(lines.get(0), lines.get(1), lines.get(2), today);
    }

    private static MrzData td3(String l1, String l2, LocalDate today) {
        requireType(l1, "P");
        MrzCheckDigit.verify("documentNumber", l2.substring(0, 9), l2.charAt(9), false);
        MrzCheckDigit.verify("birthDate", l2.substring(13, 19), l2.charAt(19), false);
        MrzCheckDigit.verify("expiryDate", l2.substring(21, 27), l2.charAt(27), false);
        MrzCheckDigit.verify("personalNumber", l2.substring(28, 42), l2.charAt(42), true);
        MrzCheckDigit.verify("composite",
                l2.substring(0, 10) + l2.substring(13, 20) + l2.substring(21, 43), l2.charAt(43), false);
        String[] name = name(l1.substring(5));
        return new MrzData(MrzFormat.TD3, clean(l1.substring(0, 2)), clean(l1.substring(2, 5)), name[0], name[1],
                clean(l2.substring(0, 9)), clean(l2.substring(10, 13)), birthDate(l2.substring(13, 19), today),
                sex(l2.charAt(20)), expiryDate(l2.substring(21, 27), today), clean(l2.substring(28, 42)), "", "");
    }

    private static MrzData td1(String l1, String l2, String l3, LocalDate today) {
        requireType(l1, "ACI");
        String number = l1.substring(5, 14);
        String optional1 = l1.substring(15, 30);
        if (l1.charAt(14) == '<' && optional1.charAt(0) != '<') {
            // A number longer than 9 characters continues in the optional data, followed by
            // its check digit, and position 15 holds a filler (Doc 9303 Part 5, 4.2.4).
            String rest = optional1.substring(0, optional1.indexOf('<') < 0 ? 15 : optional1.indexOf('<'));
            MrzCheckDigit.verify("documentNumber", number + rest.substring(0, rest.length() - 1),
                    rest.charAt(rest.length() - 1), false);
            number = number + rest.substring(0, rest.length() - 1);
            optional1 = optional1.substring(rest.length());
        } else {
            MrzCheckDigit.verify("documentNumber", number, l1.charAt(14), false);
        }
        MrzCheckDigit.verify("birthDate", l2.substring(0, 6), l2.charAt(6), false);
        MrzCheckDigit.verify("expiryDate", l2.substring(8, 14), l2.charAt(14), false);
        MrzCheckDigit.verify("composite",
                l1.substring(5, 30) + l2.substring(0, 7) + l2.substring(8, 15) + l2.substring(18, 29),
                l2.charAt(29), false);
        String[] name = name(l3);
        return new MrzData(MrzFormat.TD1, clean(l1.substring(0, 2)), clean(l1.substring(2, 5)), name[0], name[1],
                clean(number), clean(l2.substring(15, 18)), birthDate(l2.substring(0, 6), today),
                sex(l2.charAt(7)), expiryDate(l2.substring(8, 14), today), "", clean(optional1),
                clean(l2.substring(18, 29)));
    }

    /** Splits the typed text into lines of one format, or says what is wrong with its shape. */
    private static List<String> lines(String text) {
        if (text == null || text.isBlank()) {
            throw new IdentifierException("mrz.empty");
        }
        // Upper-case: a wedge reader "types" through the keyboard, so Caps Lock inverts the case.
        List<String> lines = new ArrayList<>();
        for (String line : text.toUpperCase(Locale.ROOT).split("\\R")) {
            if (!line.isBlank()) {
                lines.add(line.strip());
            }
        }
        if (lines.size() == 1) {
            lines = glued(lines.get(0));
        }
        List<Integer> lengths = lines.stream().map(String::length).toList();
        boolean td3 = lengths.equals(List.of(44, 44));
        boolean td1 = lengths.equals(List.of(30, 30, 30));
        if (!td3 && !td1) {
            throw new IdentifierException("mrz.length", lengths.toString().replaceAll("[\\[\\]]", ""));
        }
        for (int n = 0; n < lines.size(); n++) {
            String line = lines.get(n);
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '<')) {
                    throw new IdentifierException("mrz.character", n + 1, i + 1, String.valueOf(c));
                }
            }
        }
        return lines;
    }

    private static List<String> glued(String all) {
        if (all.length() == 88) {
            return List.of(all.substring(0, 44), all.substring(44));
        }
        if (all.length() == 90) {
            return List.of(all.substring(0, 30), all.substring(30, 60), all.substring(60));
        }
        return List.of(all);
    }

    private static void requireType(String line1, String allowedFirst) {
        if (allowedFirst.indexOf(line1.charAt(0)) < 0) {
            throw new IdentifierException("mrz.documentType", line1.substring(0, 2), allowedFirst);
        }
    }

    /** {@code SURNAME<<GIVEN<NAMES<<<} → surname and given names. */
    private static String[] name(String field) {
        int split = field.indexOf("<<");
        String surname = split < 0 ? field : field.substring(0, split);
        String given = split < 0 ? "" : field.substring(split + 2);
        return new String[] {clean(surname), clean(given)};
    }

    private static String clean(String field) {
        return field.replace('<', ' ').trim().replaceAll(" +", " ");
    }

    private static Sex sex(char c) {
        return switch (c) {
            case 'M' -> Sex.MALE;
            case 'F' -> Sex.FEMALE;
            case '<', 'X' -> Sex.UNSPECIFIED;
            default -> throw new IdentifierException("mrz.sex", String.valueOf(c));
        };
    }

    /** A birth date is in the past: the latest century that does not put it after today. */
    private static LocalDate birthDate(String yymmdd, LocalDate today) {
        int century = today.getYear() / 100 * 100;
        LocalDate date = date(yymmdd, "birthDate", century);
        return date.isAfter(today) ? date(yymmdd, "birthDate", century - 100) : date;
    }

    /** An expiry date is read within 50 years either side of today. */
    private static LocalDate expiryDate(String yymmdd, LocalDate today) {
        int century = today.getYear() / 100 * 100;
        LocalDate date = date(yymmdd, "expiryDate", century);
        if (date.isAfter(today.plusYears(50))) {
            return date(yymmdd, "expiryDate", century - 100);
        }
        return date.isBefore(today.minusYears(50)) ? date(yymmdd, "expiryDate", century + 100) : date;
    }

    private static LocalDate date(String yymmdd, String field, int century) {
        try {
            return LocalDate.of(century + Integer.parseInt(yymmdd.substring(0, 2)),
                    Integer.parseInt(yymmdd.substring(2, 4)), Integer.parseInt(yymmdd.substring(4, 6)));
        } catch (NumberFormatException | DateTimeException e) {
            throw new IdentifierException("mrz.date." + field, yymmdd);
        }
    }
}
