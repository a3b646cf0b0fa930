package kz.qabyldau.forms.identity;

/** Sex as an identifier records it. */
public enum Sex {
    MALE,
    FEMALE,
    /** Not stated (MRZ {@code <} or {@code X}); an IIN always states it. */
    UNSPECIFIED
}
