package kz.qabyldau.app.arch.samples.store;

/** A value the store hands out (views may show it). */
public record StoredRow(String name, StoredState state) {
}
