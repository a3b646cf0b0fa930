package kz.qabyldau.app.arch.samples.law.calendar;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Wrong on purpose: the calendar parses its data file itself. */
public class ParsesJson {
    final ObjectMapper json = new ObjectMapper();
}
