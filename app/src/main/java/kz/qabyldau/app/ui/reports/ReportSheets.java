package kz.qabyldau.app.ui.reports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kz.qabyldau.app.reports.CentralFigures;
import kz.qabyldau.app.reports.CentralReports;
import kz.qabyldau.app.reports.DayCount;
import kz.qabyldau.app.reports.DecisionFigures;
import kz.qabyldau.app.reports.IntakeGround;
import kz.qabyldau.app.reports.LateDecision;
import kz.qabyldau.app.reports.OfficeReport;
import kz.qabyldau.app.reports.ProviderGround;
import kz.qabyldau.app.reports.ReportChart;
import kz.qabyldau.app.reports.ReportDocument;
import kz.qabyldau.app.reports.ReportTable;
import kz.qabyldau.app.reports.ServedApplication;
import kz.qabyldau.app.reports.ServiceTime;
import kz.qabyldau.app.reports.WaitingFigures;

/**
 * The figures of a report laid out as tables in the reader's language: what the page shows under its charts
 * and what the CSV and the PDF contain, built once so the three never disagree.
 */
final class ReportSheets {

    private ReportSheets() {
    }

    /** Today: one operator's day at this workstation. */
    static ReportDocument today(OfficeReport r, List<ServedApplication> served, String operator, ReportTexts t) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(perService(r, t));
        tables.add(intakeGrounds(r, t));
        tables.add(served(served, t));
        tables.add(serviceTimes(r, t));
        tables.add(waiting(r.waiting(), t, t.get("reports.waiting.handedOutToday")));
        List<String> lines = new ArrayList<>();
        if (!operator.isBlank()) {
            lines.add(t.get("reports.line.operator", operator));
        }
        lines.add(t.get("reports.line.totals", r.accepted(), r.refusedAtIntake()));
        return new ReportDocument(t.get("reports.today.heading", t.day(r.period().from())), lines, tables,
                t.language());
    }

    /**
     * The office's report over a period (administrator): this database's figures, then the central service's for
     * the whole office, each table titled by where its figures come from.
     *
     * @param central the central service's figures or why there are none; null when they were not asked
     */
    static ReportDocument office(OfficeReport r, CentralReports.Result central, ReportTexts t) {
        List<ReportTable> tables = new ArrayList<>();
        tables.add(perService(r, t));
        tables.add(perDay(r, t));
        tables.add(intakeGrounds(r, t));
        tables.add(decisions(r.decisions(), t));
        tables.add(providerGrounds(r.decisions(), t));
        tables.add(late(r.decisions(), t));
        tables.add(serviceTimes(r, t));
        tables.add(waiting(r.waiting(), t, t.get("reports.waiting.handedOut")));
        DecisionFigures d = r.decisions();
        List<String> lines = new ArrayList<>(List.of(
                t.get("reports.line.totals", r.accepted(), r.refusedAtIntake()),
                t.get("reports.line.decisions", d.issued(), d.refused(), d.lateCount())));
        if (central != null) {
            central.unavailable().ifPresent(why -> lines.add(t.get(unavailableKey(why))));
            central.figures().ifPresent(c -> {
                lines.add(t.get("reports.central.line", c.office(), c.asOf() == null ? ""
                        : t.moment(c.asOf().toInstant()), c.receivedTotal(), c.issued(), c.refused(), c.late()));
                tables.addAll(central(r, c, t));
            });
        }
        List<ReportChart> charts = List.of(chart(t.get("reports.chart.perDay"), ReportsViewModel.byDay(r, t), t),
                chart(t.get("reports.chart.perService"), ReportsViewModel.byService(r, t), t));
        return new ReportDocument(t.get("reports.office.heading", t.day(r.period().from()), t.day(r.period().to())),
                lines, charts, tables, t.language());
    }

    /** The page's chart for paper: the same bars, accepted and refused at intake stacked. */
    private static ReportChart chart(String title, List<ReportsViewModel.Bar> bars, ReportTexts t) {
        List<ReportChart.Bar> out = new ArrayList<>();
        for (ReportsViewModel.Bar b : bars) {
            out.add(new ReportChart.Bar(b.label(), List.of(b.accepted(), b.refused())));
        }
        return new ReportChart(title, List.of(t.get("reports.column.accepted"),
                t.get("reports.column.refusedAtIntake")), out);
    }

    /** The line that says why the central service's figures are missing. */
    static String unavailableKey(CentralReports.Unavailable why) {
        return switch (why) {
            case NOT_CONNECTED -> "reports.central.notConnected";
            case OFFLINE -> "reports.central.offline";
            case NOT_ENROLLED -> "reports.central.notEnrolled";
            case NOT_OFFERED -> "reports.central.notOffered";
            case FAILED -> "reports.central.failed";
        };
    }

    /** The central service's tables: the office's applications beside this database's, decisions, grounds, days. */
    private static List<ReportTable> central(OfficeReport here, CentralFigures c, ReportTexts t) {
        List<ReportTable> tables = new ArrayList<>();
        Map<String, int[]> beside = new TreeMap<>();
        here.perService().forEach((service, n) -> beside.computeIfAbsent(service, k -> new int[2])[0] = n[0]);
        c.receivedPerService().forEach((service, n) -> beside.computeIfAbsent(service, k -> new int[2])[1] = n);
        List<List<String>> rows = new ArrayList<>();
        beside.forEach((service, n) -> rows.add(List.of(t.service(service), t.count(n[0]), t.count(n[1]))));
        tables.add(new ReportTable(t.get("reports.central.table.perService"), List.of(t.get("reports.column.service"),
                t.get("reports.column.here"), t.get("reports.column.central")), rows));
        List<List<String>> days = new ArrayList<>();
        for (CentralFigures.Received d : c.received()) {
            days.add(List.of(t.day(d.day()), t.service(d.service()), t.count(d.count())));
        }
        tables.add(new ReportTable(t.get("reports.central.table.perDay"), List.of(t.get("reports.column.day"),
                t.get("reports.column.service"), t.get("reports.column.central")), days));
        List<List<String>> decided = new ArrayList<>();
        for (CentralFigures.Decided d : c.decisions()) {
            decided.add(List.of(t.service(d.service()), t.count(d.issued()), t.count(d.refused()),
                    t.count(d.registered()), t.count(d.onTime()), t.count(d.late())));
        }
        tables.add(new ReportTable(t.get("reports.central.table.decisions"), List.of(t.get("reports.column.service"),
                t.get("reports.decisions.issued"), t.get("reports.decisions.refused"),
                t.get("reports.column.registeredNotices"), t.get("reports.decisions.onTime"),
                t.get("reports.decisions.late")), decided));
        List<List<String>> grounds = new ArrayList<>();
        for (ProviderGround g : c.grounds()) {
            grounds.add(List.of(t.service(g.service()), t.providerGround(g.service(), g.ground()),
                    t.count(g.count())));
        }
        tables.add(new ReportTable(t.get("reports.central.table.grounds"), List.of(t.get("reports.column.service"),
                t.get("reports.column.ground"), t.get("reports.column.count")), grounds));
        List<List<String>> waited = new ArrayList<>();
        c.daysToDecision().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(e -> waited.add(List.of(t.count(e.getKey()), t.count(e.getValue()))));
        tables.add(new ReportTable(t.get("reports.central.table.days"), List.of(t.get("reports.column.days"),
                t.get("reports.column.decisions")), waited));
        return tables;
    }

    private static ReportTable perService(OfficeReport r, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (Map.Entry<String, int[]> e : r.perService().entrySet()) {
            int[] c = e.getValue();
            rows.add(List.of(t.service(e.getKey()), t.count(c[0]), t.count(c[1]), t.count(c[0] + c[1])));
        }
        return new ReportTable(t.get("reports.table.perService"), List.of(t.get("reports.column.service"),
                t.get("reports.column.accepted"), t.get("reports.column.refusedAtIntake"),
                t.get("reports.column.total")), rows);
    }

    private static ReportTable perDay(OfficeReport r, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (DayCount d : r.days()) {
            rows.add(List.of(t.day(d.day()), t.service(d.service()), t.count(d.accepted()),
                    t.count(d.refusedAtIntake())));
        }
        return new ReportTable(t.get("reports.table.perDay"), List.of(t.get("reports.column.day"),
                t.get("reports.column.service"), t.get("reports.column.accepted"),
                t.get("reports.column.refusedAtIntake")), rows);
    }

    private static ReportTable intakeGrounds(OfficeReport r, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (IntakeGround g : r.intakeGrounds()) {
            rows.add(List.of(t.service(g.service()), t.document(g.service(), g.document()), t.reason(g.reason()),
                    t.count(g.count())));
        }
        return new ReportTable(t.get("reports.table.intakeGrounds"), List.of(t.get("reports.column.service"),
                t.get("reports.column.document"), t.get("reports.column.reason"), t.get("reports.column.count")),
                rows);
    }

    private static ReportTable served(List<ServedApplication> served, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (ServedApplication s : served) {
            rows.add(List.of(t.time(s.finishedAt()), t.service(s.service()),
                    t.get(s.refusedAtIntake() ? "reports.result.refused" : "reports.result.accepted"),
                    ReportTexts.minutes(s.time()), t.mark(s.overStandard())));
        }
        return new ReportTable(t.get("reports.table.served"), List.of(t.get("reports.column.finishedAt"),
                t.get("reports.column.service"), t.get("reports.column.result"), t.get("reports.column.minutes"),
                t.get("reports.column.overStandard")), rows);
    }

    private static ReportTable serviceTimes(OfficeReport r, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (ServiceTime s : r.serviceTimes()) {
            rows.add(List.of(s.operator(), t.count(s.applications()), ReportTexts.minutes(s.median()),
                    ReportTexts.minutes(s.p90()), t.count(s.overStandard())));
        }
        return new ReportTable(t.get("reports.table.serviceTime"), List.of(t.get("reports.column.operator"),
                t.get("reports.column.applications"), t.get("reports.column.median"), t.get("reports.column.p90"),
                t.get("reports.column.overStandard")), rows);
    }

    private static ReportTable decisions(DecisionFigures d, ReportTexts t) {
        List<List<String>> rows = List.of(
                List.of(t.get("reports.decisions.issued"), t.count(d.issued())),
                List.of(t.get("reports.decisions.refused"), t.count(d.refused())),
                List.of(t.get("reports.decisions.onTime"), t.count(d.onTime())),
                List.of(t.get("reports.decisions.late"), t.count(d.lateCount())));
        return new ReportTable(t.get("reports.table.decisions"), List.of(t.get("reports.column.figure"),
                t.get("reports.column.count")), rows);
    }

    private static ReportTable providerGrounds(DecisionFigures d, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (ProviderGround g : d.grounds()) {
            rows.add(List.of(t.service(g.service()), t.providerGround(g.service(), g.ground()), t.count(g.count())));
        }
        return new ReportTable(t.get("reports.table.providerGrounds"), List.of(t.get("reports.column.service"),
                t.get("reports.column.ground"), t.get("reports.column.count")), rows);
    }

    private static ReportTable late(DecisionFigures d, ReportTexts t) {
        List<List<String>> rows = new ArrayList<>();
        for (LateDecision l : d.late()) {
            rows.add(List.of(l.reference(), t.service(l.service()), t.day(l.registrationDay()), t.day(l.due()),
                    t.day(l.decidedOn())));
        }
        String title = d.lateCount() > d.late().size()
                ? t.get("reports.table.lateSome", d.late().size(), d.lateCount()) : t.get("reports.table.late");
        return new ReportTable(title, List.of(t.get("reports.column.reference"), t.get("reports.column.service"),
                t.get("reports.column.registered"), t.get("reports.column.due"), t.get("reports.column.decided")),
                rows);
    }

    private static ReportTable waiting(WaitingFigures w, ReportTexts t, String handedOutLabel) {
        List<List<String>> rows = List.of(
                List.of(t.get("reports.waiting.handout"), t.count(w.handoutWaiting()),
                        w.handoutOldest().map(t::moment).orElse("")),
                List.of(handedOutLabel, t.count(w.handedOut()), ""),
                List.of(t.get("reports.waiting.outbox"), t.count(w.outboxWaiting()),
                        w.outboxOldest().map(t::moment).orElse("")));
        return new ReportTable(t.get("reports.table.waiting"), List.of(t.get("reports.column.figure"),
                t.get("reports.column.count"), t.get("reports.column.since")), rows);
    }
}
