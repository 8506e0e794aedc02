package org.liaison.stats;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.sql.SqlStatement;
import org.liaison.common.sql.SqlValues;
import org.liaison.common.sql.TxStatements;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The listener's statements, in the case's transaction: what the case did before an event, and the additive upsert
 * of one rollup row and one histogram bucket (and of their month's, once it is closed), given as writes so a
 * pipelined transaction sends them with the case's own.
 */
@ApplicationScoped
public class RollupWriter {

    /** The rollup row's key: one local day, venue, category, deputy (0: none) and department (0: none). */
    public record Key(LocalDate day, long venueId, long categoryId, long deputyId, long departmentId) {
    }

    /** The case's earlier events and its category's accept hours. */
    public record Lookback(RollupDelta.Prior prior, int acceptHours) {
    }

    private static final String PRIOR = "select coalesce(bool_or(e.type = 'ACCEPT'), false),"
            + " coalesce(bool_or(e.type = 'ESCALATE'), false), coalesce(bool_or(e.type = 'MARK_OVERDUE'), false),"
            + " coalesce(bool_or(e.type = 'RESPOND'), false),"
            + " (select p.deputy_id from case_event p where p.case_id = :caseId and p.id < :eventId order by p.id desc limit 1),"
            + " (select k.accept_hours from category k where k.id = :categoryId)"
            + " from case_event e where e.case_id = :caseId and e.id < :eventId";

    private static final String KEY_COLUMNS = "day, venue_id, category_id, deputy_id, department_id";

    /** The upsert of each set of measures an event moves, made once: a statement names only the counters it adds to. */
    private static final Map<Set<Measure>, String> UPSERTS = new ConcurrentHashMap<>();
    /** The same for a month certainly open ({@link OpenMonths}): the day's row alone. */
    private static final Map<Set<Measure>, String> DAY_UPSERTS = new ConcurrentHashMap<>();

    /**
     * A month closed while this event was under way (or a clock set back) is kept whole: the closed months'
     * sums (MonthlyTable) get the same delta as the day, in the same statement.
     */
    private static final String CLOSED = "with closed as (select 1 from stats_month_closed"
            + " where month = cast(date_trunc('month', cast(:day as date)) as date)), ";

    private static final String MONTH = "cast(date_trunc('month', cast(:day as date)) as date)";

    /** The bucket's element in its closed month's array of buckets. */
    private static final String SLOT = StatsHistogram.slot("cast(:measure as integer)", "cast(:bucket as integer)");

    /**
     * The day's row and, for a closed month, each monthly table's: only the given counters (shorter statements the
     * driver's prepared-statement cache keeps, planned once per connection).
     */
    private static String upsert(Set<Measure> measures) {
        return CLOSED + "daily as (" + dayUpsert(measures) + ")" + MonthlyTable.everyTable(month -> "insert into "
                + month.table() + " (day, " + month.key() + ", " + counts(measures) + ") select " + MONTH + ", "
                + month.parameter() + ", " + values(measures) + " from closed"
                + additive(month.table(), "day, " + month.key(), measures));
    }

    private static final String DAY_HISTOGRAM = "insert into stats_daily_histogram (" + KEY_COLUMNS
            + ", measure, bucket, cases) values (:day, :venueId, :categoryId, :deputyId, :departmentId, :measure, :bucket, 1)"
            + " on conflict (" + KEY_COLUMNS + ", measure, bucket) do update set cases = stats_daily_histogram.cases + 1";

    private static final String HISTOGRAM = CLOSED + "daily as (" + DAY_HISTOGRAM + ")"
            + MonthlyTable.everyTable(month -> "insert into " + month.table() + " (day, " + month.key() + ", buckets) select "
            + MONTH + ", " + month.parameter() + ", array_fill(0, array[" + SLOT + " - 1]) || 1 || array_fill(0, array["
            + StatsHistogram.SLOTS + " - " + SLOT + "]) from closed on conflict (day, " + month.key() + ") do update set buckets["
            + SLOT + "] = " + month.table() + ".buckets[" + SLOT + "] + 1");

    private static String dayUpsert(Set<Measure> measures) {
        return "insert into stats_daily (" + KEY_COLUMNS + ", " + counts(measures) + ") values (:day, :venueId,"
                + " :categoryId, :deputyId, :departmentId, " + values(measures) + ")"
                + additive("stats_daily", KEY_COLUMNS, measures);
    }

    /** The measures' columns, and their parameters in the same order. */
    private static String counts(Set<Measure> measures) {
        return measures.stream().map(Measure::column).collect(Collectors.joining(", "));
    }

    private static String values(Set<Measure> measures) {
        return measures.stream().map(m -> ":" + m.column()).collect(Collectors.joining(", "));
    }

    private static String additive(String table, String key, Set<Measure> measures) {
        return " on conflict (" + key + ") do update set " + measures.stream()
                .map(m -> m.column() + " = " + table + "." + m.column() + " + excluded." + m.column())
                .collect(Collectors.joining(", "));
    }

    private final OpenMonths openMonths;

    RollupWriter(OpenMonths openMonths) {
        this.openMonths = openMonths;
    }

    public Uni<Lookback> lookback(TxStatements statements, long caseId, long eventId, long categoryId) {
        return statements.query(SqlStatement.of(PRIOR).set("caseId", caseId).set("eventId", eventId)
                        .set("categoryId", categoryId))
                .map(rows -> {
                    Object[] row = rows.get(0);
                    return new Lookback(new RollupDelta.Prior((Boolean) row[0], (Boolean) row[1], (Boolean) row[2],
                            (Boolean) row[3], SqlValues.longOrNull(row[4])), SqlValues.integer(row[5]));
                });
    }

    /** Adds the delta to its row (and bucket). */
    public void add(TxStatements statements, Key key, RollupDelta delta) {
        boolean open = openMonths.certainlyOpen(key.day());
        if (!delta.counts().isEmpty()) {
            Set<Measure> measures = EnumSet.copyOf(delta.counts().keySet());
            String sql = open ? DAY_UPSERTS.computeIfAbsent(measures, RollupWriter::dayUpsert)
                    : UPSERTS.computeIfAbsent(measures, RollupWriter::upsert);
            SqlStatement upsert = keyed(SqlStatement.of(sql), key);
            for (Measure measure : measures) {
                upsert.set(measure.column(), delta.counts().get(measure));
            }
            statements.write(upsert);
        }
        if (delta.histogram() != 0) {
            statements.write(keyed(SqlStatement.of(open ? DAY_HISTOGRAM : HISTOGRAM), key)
                    .set("measure", (short) delta.histogram())
                    .set("bucket", (short) delta.bucket()));
        }
    }

    private static SqlStatement keyed(SqlStatement statement, Key key) {
        return statement.set("day", key.day())
                .set("venueId", key.venueId())
                .set("categoryId", key.categoryId())
                .set("deputyId", key.deputyId())
                .set("departmentId", key.departmentId());
    }
}
