package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.application.Application;

import java.time.LocalDateTime;

/** The bundled judge, loaded once for all tests (loading is the only slow part). */
final class Judge {

    static final Verdicts BUNDLED = Verdicts.bundled();

    private Judge() {
    }

    static Verdict at(LocalDateTime asOf, TestApplications.Builder application) {
        return BUNDLED.evaluate(application.build(), asOf);
    }

    static Verdict monday(TestApplications.Builder application) {
        return at(TestApplications.MONDAY_2_MARCH_2026, application);
    }

    static Verdict evaluate(Application application, LocalDateTime asOf) {
        return BUNDLED.evaluate(application, asOf);
    }
}
