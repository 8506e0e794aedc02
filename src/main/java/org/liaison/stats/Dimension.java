package org.liaison.stats;

import java.util.Locale;

/** What statistics can be grouped by: who or where (from the rollup row) and when (its local day). */
public enum Dimension {
    VENUE("s.venue_id", "coalesce(c.venue_id, 0)", "(select name from venue where id = %s::bigint)"),
    DEPUTY("s.deputy_id", "coalesce(c.assigned_deputy_id, 0)", "(select name from deputy where id = %s::bigint)"),
    DEPARTMENT("s.department_id", "coalesce(c.department_id, 0)", "(select name_zh from department where id = %s::bigint)"),
    CATEGORY("s.category_id", "c.category_id", "(select name_zh from category where id = %s::bigint)"),
    REGION("v.region", "v.region", null),
    DAY("s.day", null, null),
    WEEK("date_trunc('week', s.day)::date", null, null),
    MONTH("date_trunc('month', s.day)::date", null, null);

    private final String rollupColumn;
    private final String liveColumn;
    private final String label;

    Dimension(String rollupColumn, String liveColumn, String label) {
        this.rollupColumn = rollupColumn;
        this.liveColumn = liveColumn;
        this.label = label;
    }

    /** The group expression over stats_daily s (venue v joined); venues under roll-up group by their ancestor. */
    String rollupColumn(boolean rollup) {
        return this == VENUE && rollup ? "a.ancestor_id" : rollupColumn;
    }

    /** The group expression over resident_case c for the live figures; null for the time dimensions. */
    String liveColumn(boolean rollup) {
        return this == VENUE && rollup ? "a.ancestor_id" : liveColumn;
    }

    /** The SQL of a readable label for a key expression, or null when the key is its own label. */
    String label(String key) {
        return label == null ? null : label.formatted(key);
    }

    boolean isTime() {
        return liveColumn == null;
    }

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static Dimension parse(String text) {
        return Dimension.valueOf(text.trim().toUpperCase(Locale.ROOT));
    }
}
