package kz.qabyldau.app.arch.samples.law.versioning;

import kz.qabyldau.app.arch.samples.law.calendar.Day;

/** Wrong on purpose: a versioning basic that depends on another package of the project. */
public class UsesTheCalendar {
    Day day;
}
