package org.liaison.stats;

import io.smallrye.mutiny.Multi;

import java.util.ArrayList;
import java.util.List;

/** A statistics answer as CSV lines: one line per group, then the total, figures flattened into columns. */
final class StatsCsv {

    private static final List<String> FIGURES = List.of("received", "accepted", "responded", "closed", "rejected",
            "withdrawn", "referred", "reopened", "supervised", "urged", "went_overdue", "open_now", "overdue_now",
            "accept_median_hours", "accept_p90_hours", "accept_mean_hours", "response_median_hours",
            "response_p90_hours", "response_mean_hours", "accept_on_time", "accept_decided", "accept_on_time_rate",
            "resolve_on_time", "resolve_decided", "resolve_on_time_rate", "satisfied", "basically_satisfied",
            "unsatisfied", "unrated", "satisfaction_rate");

    private StatsCsv() {
    }

    static Multi<String> lines(StatsReport report) {
        List<String> header = new ArrayList<>();
        for (String dimension : report.groupBy()) {
            header.add(dimension);
            header.add(dimension + "_label");
        }
        header.addAll(FIGURES);
        Multi<String> rows = Multi.createFrom().iterable(report.rows()).map(row -> {
            List<Object> cells = new ArrayList<>();
            for (String dimension : report.groupBy()) {
                cells.add(row.group().get(dimension));
                cells.add(row.labels().get(dimension));
            }
            cells.addAll(cells(row.figures()));
            return Csv.line(cells.toArray());
        });
        List<Object> total = new ArrayList<>();
        for (int i = 0; i < report.groupBy().size(); i++) {
            total.add(i == 0 ? "total" : "");
            total.add("");
        }
        total.addAll(cells(report.total()));
        return Multi.createBy().concatenating().streams(Multi.createFrom().item(Csv.header(header)), rows,
                Multi.createFrom().item(Csv.line(total.toArray())));
    }

    private static List<Object> cells(Figures f) {
        return java.util.Arrays.asList(f.received(), f.accepted(), f.responded(), f.closed(), f.rejected(), f.withdrawn(),
                f.referred(), f.reopened(), f.supervised(), f.urged(), f.wentOverdue(), f.openNow(), f.overdueNow(),
                f.timeToAccept().medianHours(), f.timeToAccept().p90Hours(), f.timeToAccept().meanHours(),
                f.timeToFirstResponse().medianHours(), f.timeToFirstResponse().p90Hours(),
                f.timeToFirstResponse().meanHours(), f.acceptance().onTime(), f.acceptance().decided(),
                f.acceptance().rate(), f.resolution().onTime(), f.resolution().decided(), f.resolution().rate(),
                f.ratings().satisfied(), f.ratings().basicallySatisfied(), f.ratings().unsatisfied(),
                f.ratings().unrated(), f.ratings().satisfactionRate());
    }
}
