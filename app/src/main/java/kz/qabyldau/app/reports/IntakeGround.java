package kz.qabyldau.app.reports;

/**
 * One line of the receipts of refusal (App. 4) counted over a period: a document of the service definition
 * and why it was refused ({@code MISSING}, {@code EXPIRED} …, docs/verdict-format.md).
 */
public record IntakeGround(String service, String document, String reason, int count) {
}
