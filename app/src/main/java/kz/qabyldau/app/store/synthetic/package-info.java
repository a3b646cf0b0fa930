/**
 * Synthetic but valid applications for demonstrations, training and benchmarks ({@code qabyldau generate}):
 * made-up people with valid IINs and passport machine-readable zones, judged by the real law core, in every
 * state an application can be in. Nothing here is used by the desk.
 */
package kz.qabyldau.app.store.synthetic;
