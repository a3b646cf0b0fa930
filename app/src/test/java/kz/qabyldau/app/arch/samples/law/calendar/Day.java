package kz.qabyldau.app.arch.samples.law.calendar;

import java.time.LocalDate;

/** Allowed: the calendar computes from values. */
public record Day(LocalDate date, boolean off) {
}
