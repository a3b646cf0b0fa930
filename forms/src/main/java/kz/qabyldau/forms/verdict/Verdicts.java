package kz.qabyldau.forms.verdict;

import kz.qabyldau.forms.application.Application;
import kz.qabyldau.forms.calendar.WorkCalendar;
import kz.qabyldau.forms.reference.ReferenceData;
import kz.qabyldau.forms.reference.versioning.NoDataForYearException;
import kz.qabyldau.forms.service.RuleSpec;
import kz.qabyldau.forms.service.ServiceCatalog;
import kz.qabyldau.forms.service.ServiceDefinition;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import java.util.function.Function;

/**
 * The judge of applications: {@link #evaluate} says whether the clerk may accept an application, what is missing
 * or expired, which warnings the provider's grounds raise, and which dates follow.
 *
 * <p>Everything it needs is loaded once and injected; an evaluation reads no file and touches no clock, so it is
 * a pure function of the application and the moment. Thread-safe.
 */
public final class Verdicts {

    private final ServiceCatalog catalog;
    private final WorkCalendar calendar;
    private final Function<LocalDate, LawFacts> factsOn;

    /**
     * @param catalog   the service definitions (every version)
     * @param reference countries, regions, MCI and prepayment rates
     * @param calendar  the working-day calendar
     */
    public Verdicts(ServiceCatalog catalog, ReferenceData reference, WorkCalendar calendar) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(reference, "reference");
        this.calendar = Objects.requireNonNull(calendar, "calendar");
        this.factsOn = day -> new ReferenceFacts(reference, day);
    }

    /** A judge with the definitions, reference data and calendar shipped in the resources jar. */
    public static Verdicts bundled() {
        ReferenceData reference = ReferenceData.loadBundled();
        return new Verdicts(ServiceCatalog.loadBundled(), reference, reference.calendar());
    }

    /**
     * Judges {@code application} as filed at {@code asOf}, by the definition version in force on that day.
     *
     * @param asOf the filing moment (office local time); documents and windows are judged on its registration day
     * @throws CannotJudgeException when the service is unknown, no definition is in force on that day, or the
     *                              calendar has no data for a year the judgement needs
     */
    public Verdict evaluate(Application application, LocalDateTime asOf) {
        Objects.requireNonNull(asOf, "asOf");
        ServiceDefinition definition = definitionFor(application, asOf);
        try {
            LawFacts facts = factsOn.apply(asOf.toLocalDate());
            Judgement j = new Judgement(definition, application, asOf, calendar.registrationDay(asOf), calendar,
                    facts);
            j.values = new FieldValidator(facts).validate(definition, application, asOf.toLocalDate(), j.fieldErrors);
            for (RuleSpec rule : definition.rules()) {
                RuleChecks.apply(j, rule);
            }
            // Documents last: "covers the requested period" needs the period the rules computed.
            DocumentChecks.judge(j);
            return j.verdict();
        } catch (NoDataForYearException e) {
            throw new CannotJudgeException("filedAt", "no working-day calendar data: " + e.getMessage());
        }
    }

    /** The catalog this judge uses. */
    public ServiceCatalog catalog() {
        return catalog;
    }

    private ServiceDefinition definitionFor(Application application, LocalDateTime asOf) {
        if (!catalog.services().contains(application.service())) {
            throw new CannotJudgeException("service", "unknown service '" + application.service()
                    + "'; known: " + String.join(", ", catalog.services()));
        }
        return catalog.inForce(application.service(), asOf.toLocalDate()).orElseThrow(() -> new CannotJudgeException(
                "filedAt", "no definition of " + application.service() + " is in force on " + asOf.toLocalDate()
                        + " (the first takes effect on "
                        + catalog.versions(application.service()).get(0).effectiveFrom() + ")"));
    }
}
