package kz.qabyldau.forms.identity;

import java.time.LocalDate;

/**
 * What a machine-readable zone says, every check digit verified. Text fields have the filler
 * {@code <} removed (inner fillers of names become spaces).
 *
 * @param format         TD3 (passport) or TD1 (ID card)
 * @param documentType   "P", "PK", "I", "ID", …
 * @param issuingState   ICAO code of the issuing state or organisation (usually ISO alpha-3)
 * @param surname        primary identifier
 * @param givenNames     secondary identifier, names separated by single spaces (may be empty)
 * @param documentNumber document number, without fillers
 * @param nationality    ICAO code of the holder's nationality
 * @param birthDate      date of birth (two-digit year read as a past date)
 * @param sex            male, female or unspecified
 * @param expiryDate     date of expiry (two-digit year read in a window around today)
 * @param personalNumber TD3 personal number (empty if none; empty for TD1)
 * @param optionalData1  TD1 optional data of line 1 (e.g. a national identity number); empty for TD3
 * @param optionalData2  TD1 optional data of line 2; empty for TD3
 */
public record MrzData(MrzFormat format, String documentType, String issuingState, String surname, String givenNames,
                      String documentNumber, String nationality, LocalDate birthDate, Sex sex, LocalDate expiryDate,
                      String personalNumber, String optionalData1, String optionalData2) {

    /** The name as printed on the permit in Latin letters: "SURNAME GIVEN NAMES". */
    public String latinName() {
        return givenNames.isEmpty() ? surname : surname + " " + givenNames;
    }
}
