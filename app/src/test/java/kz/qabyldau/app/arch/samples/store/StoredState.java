package kz.qabyldau.app.arch.samples.store;

/** A state the store hands out (views may show it). */
public enum StoredState {
    PENDING, SENT
}
