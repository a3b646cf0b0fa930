package kz.qabyldau.app.reports;

import java.time.LocalDate;

/**
 * A decision that came after its deadline (p.7: two working days, not counting the registration day). The
 * reference is the central service's (or the start of the application's id while there is none): never a
 * name or a document number.
 */
public record LateDecision(String reference, String service, LocalDate registrationDay, LocalDate due,
                           LocalDate decidedOn) {
}
