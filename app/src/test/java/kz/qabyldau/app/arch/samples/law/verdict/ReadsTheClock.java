package kz.qabyldau.app.arch.samples.law.verdict;

import java.time.LocalDate;

/** Wrong on purpose: a verdict that asks the clock instead of taking the moment as an argument. */
public class ReadsTheClock {
    boolean late(LocalDate due) {
        return LocalDate.now().isAfter(due);
    }
}
