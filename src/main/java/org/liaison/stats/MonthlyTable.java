package org.liaison.stats;

import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The closed months' sums (StatsMonths): one table per venue, and one per category, deputy and department for the
 * questions about one of those alone (no venue or region in them), each a row per month and key with the counters
 * and the bucket array. The named parameter is the listener's (RollupWriter) for the key.
 */
enum MonthlyTable {
    VENUE("stats_monthly_venue", "venue_id", ":venueId", null),
    CATEGORY("stats_monthly_category", "category_id", ":categoryId", Dimension.CATEGORY),
    DEPUTY("stats_monthly_deputy", "deputy_id", ":deputyId", Dimension.DEPUTY),
    DEPARTMENT("stats_monthly_department", "department_id", ":departmentId", Dimension.DEPARTMENT);

    private final String table;
    private final String key;
    private final String parameter;
    private final Dimension dimension;

    MonthlyTable(String table, String key, String parameter, Dimension dimension) {
        this.table = table;
        this.key = key;
        this.parameter = parameter;
        this.dimension = dimension;
    }

    String table() {
        return table;
    }

    /** Its key column besides day (the first day of the month). */
    String key() {
        return key;
    }

    String parameter() {
        return parameter;
    }

    /** The table of a question about this one dimension (no venue or region), or null for none such. */
    static MonthlyTable of(Dimension dimension) {
        return Arrays.stream(values()).filter(t -> t.dimension == dimension).findFirst().orElse(null);
    }

    /**
     * The tail of one statement doing an insert per table, to follow a WITH list: the category, deputy and department
     * inserts as more data-modifying CTEs, the venue's as the main statement.
     */
    static String everyTable(Function<MonthlyTable, String> insert) {
        return Arrays.stream(values()).filter(t -> t != VENUE)
                .map(t -> ", " + t.name().toLowerCase(java.util.Locale.ROOT) + "_month as (" + insert.apply(t) + ")")
                .collect(Collectors.joining()) + " " + insert.apply(VENUE);
    }
}
