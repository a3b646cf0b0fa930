package kz.qabyldau.forms.reference;

import java.time.LocalDate;
import kz.qabyldau.forms.reference.versioning.Versioned;

/** A converted edition: the value built from one version of a file. */
record Dated<T>(LocalDate effectiveFrom, T value) implements Versioned {
}
