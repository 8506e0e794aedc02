package org.liaison.stats;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.SqlConnection;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.LiaisonConfig;
import org.liaison.common.sql.PositionalSql;
import org.liaison.common.sql.SqlValues;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers statistics questions from the rollups (summed counters and buckets) and, for "open now", from the open
 * cases themselves: a handful of grouped queries, one after another on one connection, never a scan of case_event.
 * They go straight to the reactive client: thousands of grouped rows cost far less there than through Hibernate's
 * native-query mapping, and nothing here is an entity.
 */
@ApplicationScoped
public class StatsService {

    private final Pool pool;
    private final Clock clock;
    private final String zone;

    StatsService(Pool pool, Clock clock, LiaisonConfig config) {
        this.pool = pool;
        this.clock = clock;
        this.zone = config.zone().getId();
    }

    public Uni<StatsReport> report(StatsFilter filter) {
        return pool.withConnection(connection -> closedMonths(connection, filter).flatMap(closed -> {
            StatsSql.Coverage coverage = StatsSql.Coverage.of(filter, closed);
            StatsSql.Coverage totalCoverage = StatsSql.Coverage.of(filter.ungrouped(), closed);
            return groups(connection, filter, coverage).flatMap(groups -> total(connection, filter, groups, totalCoverage).map(sum -> {
                List<StatsRow> out = new ArrayList<>();
                if (!filter.groupBy().isEmpty()) { // ungrouped, the one group is the total
                    groups.list().forEach(group -> out.add(new StatsRow(named(filter, group.texts()),
                            named(filter, group.labels()), group.sums().figures())));
                }
                sum.liveKnown();
                return new StatsReport(filter.from(), filter.to(), zone,
                        filter.groupBy().stream().map(Dimension::key).toList(), filter.rollup(), out, sum.figures());
            }));
        }));
    }

    /** Only the total, for the summaries. */
    public Uni<Figures> total(StatsFilter filter) {
        return report(filter.ungrouped()).map(StatsReport::total);
    }

    /**
     * The total of the groups: their sum when every row is in exactly one group (no roll-up), with the live figures
     * read once for all; otherwise asked again ungrouped.
     */
    private Uni<FigureSums> total(SqlConnection connection, StatsFilter filter, StatsGroups groups,
                                  StatsSql.Coverage coverage) {
        if (filter.groupBy().isEmpty()) {
            return Uni.createFrom().item(groups.isEmpty() ? new FigureSums() : groups.sums().iterator().next());
        }
        if (filter.rollup()) {
            return groups(connection, filter.ungrouped(), coverage)
                    .map(total -> total.isEmpty() ? new FigureSums() : total.sums().iterator().next());
        }
        FigureSums sum = new FigureSums();
        groups.sums().forEach(sum::addRollups);
        return rows(connection, StatsSql.live(filter.ungrouped(), clock.instant())).map(rows -> {
            rows.forEach(row -> sum.live(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
            return sum;
        });
    }

    private static Uni<List<LocalDate>> closedMonths(SqlConnection connection, StatsFilter filter) {
        Map<String, Object> period = new LinkedHashMap<>();
        period.put("from", filter.from());
        period.put("to", filter.to());
        return rows(connection, new StatsSql.Statement(StatsSql.CLOSED_MONTHS, period))
                .map(rows -> rows.stream().map(row -> (LocalDate) row[0]).toList());
    }

    /** The question's groups, with their counters, buckets and (without a time group) live figures. */
    private Uni<StatsGroups> groups(SqlConnection connection, StatsFilter filter, StatsSql.Coverage coverage) {
        int width = filter.groupBy().size();
        int measures = Measure.values().length;
        StatsGroups groups = new StatsGroups(width);
        Uni<Void> counters = rows(connection, StatsSql.counters(filter, coverage)).invoke(rows -> rows.forEach(row -> {
            FigureSums group = groups.labelled(row);
            group.addCounts(row, width);
            if (groups.values(row) > measures) { // closed months only: their buckets came along
                group.addSlots(row, width + measures);
            }
        })).replaceWithVoid();
        Uni<Void> buckets = rows(connection, StatsSql.histograms(filter, coverage)).invoke(rows -> rows.forEach(row ->
                groups.unlabelled(row).addBucket(((Number) row[width]).intValue(),
                        ((Number) row[width + 1]).intValue(), ((Number) row[width + 2]).longValue())))
                .replaceWithVoid();
        Uni<Void> monthBuckets = rows(connection, StatsSql.monthBuckets(filter, coverage)).invoke(rows -> rows.forEach(row ->
                groups.unlabelled(row).addSlots(row, width))).replaceWithVoid();
        Uni<Void> live = filter.hasTimeGroup() ? Uni.createFrom().voidItem()
                : rows(connection, StatsSql.live(filter, clock.instant())).invoke(rows -> {
                    rows.forEach(row -> groups.labelled(row).live(
                            ((Number) row[width]).longValue(), ((Number) row[width + 1]).longValue()));
                    groups.sums().forEach(FigureSums::liveKnown);
                }).replaceWithVoid();
        return counters.chain(() -> buckets).chain(() -> monthBuckets).chain(() -> live).map(ignored -> groups);
    }

    /** The statement's rows as arrays of their column values; none for no statement (a part the period lacks). */
    private static Uni<List<Object[]>> rows(SqlConnection connection, StatsSql.Statement statement) {
        if (statement == null) {
            return Uni.createFrom().item(List.of());
        }
        PositionalSql positional = PositionalSql.parse(statement.sql());
        return connection.preparedQuery(positional.sql()).execute(positional.tuple(statement.parameters()))
                .map(SqlValues::arrays);
    }

    private static Map<String, String> named(StatsFilter filter, List<String> values) {
        Map<String, String> named = new LinkedHashMap<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                named.put(filter.groupBy().get(i).key(), values.get(i));
            }
        }
        return named;
    }
}
