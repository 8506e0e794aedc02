package org.liaison.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The listener's statements, in the case's session (so in its transaction): what the case did before an event,
 * and the additive upsert of one rollup row and one histogram bucket (and of their month's, once it is closed).
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

    private static final String COUNTS = Arrays.stream(Measure.values()).map(Measure::column).collect(Collectors.joining(", "));
    private static final String VALUES = Arrays.stream(Measure.values()).map(m -> ":" + m.column()).collect(Collectors.joining(", "));

    /**
     * A month closed while this event was under way (or a clock set back) is kept whole: the closed months'
     * sums (MonthlyTable) get the same delta as the day, in the same statement.
     */
    private static final String CLOSED = "with closed as (select 1 from stats_month_closed"
            + " where month = cast(date_trunc('month', cast(:day as date)) as date)), ";

    private static final String MONTH = "cast(date_trunc('month', cast(:day as date)) as date)";

    /** The bucket's element in its closed month's array of buckets. */
    private static final String SLOT = StatsHistogram.slot("cast(:measure as integer)", "cast(:bucket as integer)");

    private static final String UPSERT = CLOSED + "daily as (insert into stats_daily (" + KEY_COLUMNS + ", " + COUNTS
            + ") values (:day, :venueId, :categoryId, :deputyId, :departmentId, " + VALUES + ")" + additive("stats_daily", KEY_COLUMNS)
            + ")" + MonthlyTable.everyTable(month -> "insert into " + month.table() + " (day, " + month.key() + ", " + COUNTS
            + ") select " + MONTH + ", " + month.parameter() + ", " + VALUES + " from closed"
            + additive(month.table(), "day, " + month.key()));

    private static final String HISTOGRAM = CLOSED + "daily as (insert into stats_daily_histogram (" + KEY_COLUMNS
            + ", measure, bucket, cases) values (:day, :venueId, :categoryId, :deputyId, :departmentId, :measure, :bucket, 1)"
            + " on conflict (" + KEY_COLUMNS + ", measure, bucket) do update set cases = stats_daily_histogram.cases + 1)"
            + MonthlyTable.everyTable(month -> "insert into " + month.table() + " (day, " + month.key() + ", buckets) select "
            + MONTH + ", " + month.parameter() + ", array_fill(0, array[" + SLOT + " - 1]) || 1 || array_fill(0, array["
            + StatsHistogram.SLOTS + " - " + SLOT + "]) from closed on conflict (day, " + month.key() + ") do update set buckets["
            + SLOT + "] = " + month.table() + ".buckets[" + SLOT + "] + 1");

    private static String additive(String table, String key) {
        return " on conflict (" + key + ") do update set " + Arrays.stream(Measure.values())
                .map(m -> m.column() + " = " + table + "." + m.column() + " + excluded." + m.column())
                .collect(Collectors.joining(", "));
    }

    public Uni<Lookback> lookback(long caseId, long eventId, long categoryId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(PRIOR, Object[].class)
                .setParameter("caseId", caseId)
                .setParameter("eventId", eventId)
                .setParameter("categoryId", categoryId)
                .getSingleResult()
                .map(row -> new Lookback(new RollupDelta.Prior((Boolean) row[0], (Boolean) row[1], (Boolean) row[2],
                        (Boolean) row[3], row[4] == null ? null : ((Number) row[4]).longValue()),
                        row[5] == null ? 0 : ((Number) row[5]).intValue())));
    }

    /** Adds the delta to its row (and bucket); one statement after the other, as the session requires. */
    public Uni<Void> add(Key key, RollupDelta delta) {
        return Panache.getSession().flatMap(session -> {
            Uni<Integer> counts = Uni.createFrom().item(0);
            if (!delta.counts().isEmpty()) {
                Mutiny.MutationQuery query = keyed(session.createNativeQuery(UPSERT), key);
                for (Measure measure : Measure.values()) {
                    query.setParameter(measure.column(), delta.counts().getOrDefault(measure, 0L));
                }
                counts = query.executeUpdate();
            }
            if (delta.histogram() == 0) {
                return counts.replaceWithVoid();
            }
            return counts.chain(() -> keyed(session.createNativeQuery(HISTOGRAM), key)
                    .setParameter("measure", (short) delta.histogram())
                    .setParameter("bucket", (short) delta.bucket())
                    .executeUpdate()).replaceWithVoid();
        });
    }

    private static Mutiny.MutationQuery keyed(Mutiny.MutationQuery query, Key key) {
        return query.setParameter("day", key.day())
                .setParameter("venueId", key.venueId())
                .setParameter("categoryId", key.categoryId())
                .setParameter("deputyId", key.deputyId())
                .setParameter("departmentId", key.departmentId());
    }
}
