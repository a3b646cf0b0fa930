package kz.qabyldau.app.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one period and scope, as the Today and Reports pages, the CSV and the PDF show them. Only
 * counts, days, services, document types, grounds and operators' names: no applicant's data.
 */
public record OfficeReport(ReportPeriod period, ReportScope scope, List<DayCount> days,
                           List<IntakeGround> intakeGrounds, DecisionFigures decisions,
                           List<ServiceTime> serviceTimes, WaitingFigures waiting) {

    public OfficeReport {
        days = List.copyOf(days);
        intakeGrounds = List.copyOf(intakeGrounds);
        serviceTimes = List.copyOf(serviceTimes);
    }

    public int accepted() {
        return days.stream().mapToInt(DayCount::accepted).sum();
    }

    public int refusedAtIntake() {
        return days.stream().mapToInt(DayCount::refusedAtIntake).sum();
    }

    /** Applications per service over the whole period: {accepted, refused at intake}, by service id. */
    public Map<String, int[]> perService() {
        Map<String, int[]> result = new TreeMap<>();
        for (DayCount d : days) {
            int[] counts = result.computeIfAbsent(d.service(), s -> new int[2]);
            counts[0] += d.accepted();
            counts[1] += d.refusedAtIntake();
        }
        return result;
    }

    /** Applications per day over every service: accepted + refused at intake, by day. */
    public Map<LocalDate, Integer> perDay() {
        Map<LocalDate, Integer> result = new TreeMap<>();
        for (DayCount d : days) {
            result.merge(d.day(), d.total(), Integer::sum);
        }
        return result;
    }
}
