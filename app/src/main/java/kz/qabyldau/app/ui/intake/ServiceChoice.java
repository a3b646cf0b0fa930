package kz.qabyldau.app.ui.intake;

import kz.qabyldau.forms.service.LocalizedText;

/**
 * A service the clerk can start, with its name from the definition in force.
 *
 * @param service the service id ({@code permit.issue} …)
 * @param name    its kk/ru/en name
 */
public record ServiceChoice(String service, String family, LocalizedText name) {
}
