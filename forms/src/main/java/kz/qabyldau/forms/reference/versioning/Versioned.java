package kz.qabyldau.forms.reference.versioning;

import java.time.LocalDate;

/** One edition of a data set, in force from its effective date until the next edition. */
public interface Versioned {

    /** The first day this edition applies. */
    LocalDate effectiveFrom();
}
