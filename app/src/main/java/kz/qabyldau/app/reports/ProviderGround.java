package kz.qabyldau.app.reports;

/** Refusals by the provider on one ground of a service's definition (App. 2 grounds, printed on App. 7). */
public record ProviderGround(String service, String ground, int count) {
}
