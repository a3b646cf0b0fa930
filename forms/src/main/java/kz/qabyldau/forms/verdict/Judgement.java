package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.calendar.WorkCalendar;
import kz.qabyldau.forms.service.RuleSpec;
import kz.qabyldau.forms.service.ServiceDefinition;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The working state of one evaluation: what has been found so far. Lives only inside {@link Verdicts#evaluate}. */
final class Judgement {

    final ServiceDefinition definition;
    final Application application;
    final LocalDateTime asOf;
    final LocalDate registrationDay;
    final WorkCalendar calendar;
    final LawFacts facts;
    final List<ReceiptLine> receipt = new ArrayList<>();
    final List<FieldError> fieldErrors = new ArrayList<>();
    final List<Warning> warnings = new ArrayList<>();
    final SortedMap<String, LocalDate> dates = new TreeMap<>();
    final SortedMap<String, BigDecimal> figures = new TreeMap<>();
    Values values;

    Judgement(ServiceDefinition definition, Application application, LocalDateTime asOf, LocalDate registrationDay,
              WorkCalendar calendar, LawFacts facts) {
        this.definition = definition;
        this.application = application;
        this.asOf = asOf;
        this.registrationDay = registrationDay;
        this.calendar = calendar;
        this.facts = facts;
    }

    void warn(String code, String ground, String paragraph, Object... args) {
        warnings.add(new Warning(code, ground, paragraph, Messages.text("warning." + code, args), Optional.empty()));
    }

    void warn(RuleSpec rule, String code, Object... args) {
        warn(code, rule.ground(), rule.paragraph(), args);
    }

    Verdict verdict() {
        List<Warning> decided = new ArrayList<>();
        for (Warning w : warnings) {
            decided.add(application.overrides().stream().filter(o -> o.warning().equals(w.code())).findFirst()
                    .map(w::overriddenBy).orElse(w));
        }
        return new Verdict(definition.service(), definition.version(), asOf, registrationDay,
                Verdict.outcomeOf(receipt, fieldErrors), receipt, fieldErrors, decided, dates, figures);
    }
}
