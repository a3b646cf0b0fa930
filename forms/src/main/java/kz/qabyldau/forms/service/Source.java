package kz.qabyldau.forms.service;

/**
 * Where a definition comes from. {@code unverified} marks facts not read in an official text (here usually the
 * exact date of entry into force); {@code note} says what to confirm.
 */
public record Source(String act, String seed, boolean unverified, String note) {
}
