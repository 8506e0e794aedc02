package org.liaison.stats;

import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The SQL of one statistics question, built from a {@link StatsFilter}: the summed counters and the summed
 * histogram buckets over stats_daily, and the live "open now" figures over resident_case's open cases. Every key
 * comes out as text in the first columns k0, k1, in groupBy order, and their labels l0, l1 come last.
 */
final class StatsSql {

    /** A statement and its named parameters ({@code :name}, bound by {@link org.liaison.common.sql.PositionalSql}). */
    record Statement(String sql, Map<String, Object> parameters) {
    }

    private static final String VENUE_SET = "venue_set(id) as (select cast(:venueId as bigint) union all"
            + " select child.id from venue child join venue_set t on child.parent_id = t.id)";
    private static final String ANCESTORS = "ancestors(ancestor_id, venue_id) as (select id, id from venue union all"
            + " select a.ancestor_id, child.id from ancestors a join venue child on child.parent_id = a.venue_id)";
    private static final String OPEN = CaseStatus.TERMINAL.stream().map(s -> "'" + s.name() + "'").sorted()
            .collect(Collectors.joining(", ", "(", ")"));
    /** Past the resolve deadline (a paused clock is frozen where it stopped), or not accepted in time. */
    static final String OVERDUE_NOW = "(c.resolve_due_at < coalesce(c.paused_at, :now)"
            + " or c.status = 'ASSIGNED' and c.accept_due_at < :now)";

    private static final String SLOT_SUMS = java.util.stream.IntStream.rangeClosed(1, StatsHistogram.SLOTS)
            .mapToObj(i -> "sum(s.buckets[" + i + "])::bigint").collect(Collectors.joining(", "));

    private StatsSql() {
    }

    /**
     * The summed counters per group, in group order; over closed months alone also their summed bucket arrays
     * (the columns {@link #monthBuckets} would answer), so such a question reads its rows once.
     */
    static Statement counters(StatsFilter filter, Coverage coverage) {
        String sums = Arrays.stream(Measure.values()).map(m -> "coalesce(sum(s." + m.column() + "), 0)::bigint")
                .collect(Collectors.joining(", "));
        String columns = Arrays.stream(Measure.values()).map(Measure::column).collect(Collectors.joining(", "));
        if (coverage.days().isEmpty()) {
            return rollupQuery(filter, coverage, null, columns + ", buckets", sums + ", " + SLOT_SUMS, List.of(), true);
        }
        return rollupQuery(filter, coverage, "stats_daily", columns, sums, List.of(), true);
    }

    /**
     * The summed buckets of the period's days, a row per group key (no labels), measure and occupied bucket; null
     * without days.
     */
    static Statement histograms(StatsFilter filter, Coverage coverage) {
        return coverage.days().isEmpty() ? null : rollupQuery(filter, coverage.daysOnly(), "stats_daily_histogram", "",
                "s.measure, s.bucket, sum(s.cases)::bigint", List.of("s.measure", "s.bucket"), false);
    }

    /**
     * The summed buckets of the period's closed months, a row per group key (no labels) with every element of the
     * months' bucket arrays ({@link StatsHistogram#slot}) as a column; null when {@link #counters} has them already
     * (closed months only) or there are no closed months.
     */
    static Statement monthBuckets(StatsFilter filter, Coverage coverage) {
        return coverage.months().isEmpty() || coverage.days().isEmpty() ? null
                : rollupQuery(filter, coverage.monthsOnly(), null, "buckets", SLOT_SUMS, List.of(), false);
    }

    /** The closed months that lie wholly in the period, for {@link Coverage#of}. */
    static final String CLOSED_MONTHS = "select month from stats_month_closed where month >= :from and month <= :to"
            + " order by month";

    /**
     * Where a period's rows are read: the closed months wholly inside it from their sums in {@code table}, every
     * other day from stats_daily. The venue sums serve a question without a deputy, department or category in it;
     * the category (deputy, department) sums one about that dimension alone, with no venue or region in it. Days
     * only for a question that groups by day or week (a month's sum cannot be split) or that no table serves.
     */
    record Coverage(MonthlyTable table, List<LocalDate> months, List<LocalDate[]> days) {

        static Coverage of(StatsFilter filter, List<LocalDate> closed) {
            MonthlyTable table = table(filter);
            if (table == null) {
                return new Coverage(null, List.of(), List.<LocalDate[]>of(new LocalDate[] {filter.from(), filter.to()}));
            }
            List<LocalDate> months = closed.stream().sorted()
                    .filter(m -> !m.isBefore(filter.from()) && !m.plusMonths(1).minusDays(1).isAfter(filter.to())).toList();
            List<LocalDate[]> days = new ArrayList<>();
            LocalDate next = filter.from();
            for (LocalDate month : months) {
                if (next.isBefore(month)) {
                    days.add(new LocalDate[] {next, month.minusDays(1)});
                }
                next = month.plusMonths(1);
            }
            if (!next.isAfter(filter.to())) {
                days.add(new LocalDate[] {next, filter.to()});
            }
            return new Coverage(table, months, days);
        }

        private static MonthlyTable table(StatsFilter filter) {
            if (filter.groupBy().contains(Dimension.DAY) || filter.groupBy().contains(Dimension.WEEK)) {
                return null;
            }
            java.util.Set<Dimension> named = java.util.EnumSet.noneOf(Dimension.class);
            filter.groupBy().stream().filter(d -> MonthlyTable.of(d) != null).forEach(named::add);
            if (filter.deputyId() != null) {
                named.add(Dimension.DEPUTY);
            }
            if (filter.departmentId() != null) {
                named.add(Dimension.DEPARTMENT);
            }
            if (filter.categoryId() != null) {
                named.add(Dimension.CATEGORY);
            }
            if (named.isEmpty()) {
                return MonthlyTable.VENUE;
            }
            boolean where = filter.venueId() != null || filter.region() != null
                    || filter.groupBy().contains(Dimension.VENUE) || filter.groupBy().contains(Dimension.REGION);
            return named.size() == 1 && !where ? MonthlyTable.of(named.iterator().next()) : null;
        }

        Coverage daysOnly() {
            return new Coverage(table, List.of(), days);
        }

        Coverage monthsOnly() {
            return new Coverage(table, months, List.of());
        }

        /**
         * The rows of stats_daily-like {@code daily} (or of the monthly table) covering the period, as a FROM item
         * named s: with months, the day, the table's key and {@code columns} of both.
         */
        String source(String daily, String columns, Map<String, Object> parameters) {
            List<String> parts = new ArrayList<>();
            String selected = months.isEmpty() ? "*" : "day, " + table.key() + ", " + columns;
            if (!months.isEmpty()) {
                List<String> names = new ArrayList<>();
                for (int i = 0; i < months.size(); i++) {
                    parameters.put("month" + i, months.get(i));
                    names.add(":month" + i);
                }
                parts.add("select " + selected + " from " + table.table() + " where day in (" + String.join(", ", names) + ")");
            }
            if (!days.isEmpty()) {
                List<String> ranges = new ArrayList<>();
                for (int i = 0; i < days.size(); i++) {
                    parameters.put("days" + i + "from", days.get(i)[0]);
                    parameters.put("days" + i + "to", days.get(i)[1]);
                    ranges.add("day between :days" + i + "from and :days" + i + "to");
                }
                parts.add("select " + selected + " from " + daily + " where " + String.join(" or ", ranges));
            }
            return "(" + String.join(" union all ", parts) + ") s";
        }
    }

    static Statement live(StatsFilter filter, Instant now) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        parameters.put("now", now);
        List<String> where = new ArrayList<>(List.of("c.status not in " + OPEN));
        filters(filter, parameters, where, "c.venue_id", "coalesce(c.assigned_deputy_id, 0)",
                "coalesce(c.department_id, 0)", "c.category_id");
        List<String> keys = filter.groupBy().stream().map(d -> d.liveColumn(filter.rollup())).toList();
        String sql = with(filter) + labelled(filter.groupBy(), "select " + select(keys) + "count(*), count(*) filter (where "
                + OVERDUE_NOW + ") from resident_case c" + venueJoin(filter, "c") + ancestorsJoin(filter, "c")
                + " where " + String.join(" and ", where) + groupBy(keys));
        return new Statement(sql, parameters);
    }

    /** Labelled rows come in group order; unlabelled ones (more rows for the same groups) in no particular order. */
    private static Statement rollupQuery(StatsFilter filter, Coverage coverage, String daily, String columns,
                                         String values, List<String> extraGroup, boolean labelled) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        String table = coverage.source(daily, columns, parameters);
        List<String> where = new ArrayList<>(List.of("true"));
        filters(filter, parameters, where, "s.venue_id", "s.deputy_id", "s.department_id", "s.category_id");
        List<String> keys = filter.groupBy().stream().map(d -> d.rollupColumn(filter.rollup())).toList();
        List<String> grouping = new ArrayList<>(keys);
        grouping.addAll(extraGroup);
        String grouped = "select " + select(keys) + values + " from " + table + venueJoin(filter, "s")
                + ancestorsJoin(filter, "s") + " where " + String.join(" and ", where);
        String sql = with(filter) + (labelled ? labelled(filter.groupBy(), grouped + groupBy(grouping))
                : grouped + (grouping.isEmpty() ? "" : " group by " + String.join(", ", grouping)));
        return new Statement(sql, parameters);
    }

    /** The venue row, for its region: only when the question filters or groups by region. */
    private static String venueJoin(StatsFilter filter, String alias) {
        return filter.region() != null || filter.groupBy().contains(Dimension.REGION)
                ? " join venue v on v.id = " + alias + ".venue_id" : "";
    }

    private static void filters(StatsFilter filter, Map<String, Object> parameters, List<String> where, String venue,
                                String deputy, String department, String category) {
        if (filter.venueId() != null) {
            parameters.put("venueId", filter.venueId());
            where.add(filter.subVenues() ? venue + " in (select id from venue_set)" : venue + " = :venueId");
        }
        equal(parameters, where, deputy, "deputyId", filter.deputyId());
        equal(parameters, where, department, "departmentId", filter.departmentId());
        equal(parameters, where, category, "categoryId", filter.categoryId());
        equal(parameters, where, "v.region", "region", filter.region());
    }

    private static void equal(Map<String, Object> parameters, List<String> where, String column, String name, Object value) {
        if (value != null) {
            parameters.put(name, value);
            where.add(column + " = :" + name);
        }
    }

    private static String with(StatsFilter filter) {
        List<String> ctes = new ArrayList<>();
        if (filter.venueId() != null && filter.subVenues()) {
            ctes.add(VENUE_SET);
        }
        if (filter.rollup() && filter.groupBy().contains(Dimension.VENUE)) {
            ctes.add(ANCESTORS);
        }
        return ctes.isEmpty() ? "" : "with recursive " + String.join(", ", ctes) + " ";
    }

    private static String ancestorsJoin(StatsFilter filter, String alias) {
        return filter.rollup() && filter.groupBy().contains(Dimension.VENUE)
                ? " join ancestors a on a.venue_id = " + alias + ".venue_id" : "";
    }

    private static String select(List<String> keys) {
        StringBuilder select = new StringBuilder();
        for (int i = 0; i < keys.size(); i++) {
            select.append("(").append(keys.get(i)).append(")::text as k").append(i).append(", ");
        }
        return select.toString();
    }

    /** Labels are looked up around the grouped query (a subquery may not use a grouped expression's parts). */
    private static String labelled(List<Dimension> dimensions, String grouped) {
        StringBuilder labels = new StringBuilder();
        for (int i = 0; i < dimensions.size(); i++) {
            String label = dimensions.get(i).label("q.k" + i);
            labels.append(", ").append(label == null ? "null" : label).append(" as l").append(i);
        }
        return dimensions.isEmpty() ? grouped : "select q.*" + labels + " from (" + grouped + ") q";
    }

    private static String groupBy(List<String> keys) {
        return keys.isEmpty() ? "" : " group by " + String.join(", ", keys) + " order by " + String.join(", ", keys);
    }
}
