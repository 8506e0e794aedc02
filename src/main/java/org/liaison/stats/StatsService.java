package org.liaison.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.liaison.common.LiaisonConfig;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Answers statistics questions from the rollups (summed counters and buckets) and, for "open now", from the open
 * cases themselves: a handful of grouped queries, one after another in one session, never a scan of case_event.
 */
@ApplicationScoped
public class StatsService {

    private final Clock clock;
    private final String zone;

    StatsService(Clock clock, LiaisonConfig config) {
        this.clock = clock;
        this.zone = config.zone().getId();
    }

    public Uni<StatsReport> report(StatsFilter filter) {
        return Panache.withSession(() -> closedMonths(filter).flatMap(closed -> {
            StatsSql.Coverage coverage = StatsSql.Coverage.of(filter, closed);
            StatsSql.Coverage totalCoverage = StatsSql.Coverage.of(filter.ungrouped(), closed);
            return groups(filter, coverage).flatMap(rows -> total(filter, rows, totalCoverage).map(sum -> {
                List<StatsRow> out = new ArrayList<>();
                // ungrouped, the one group is the total
                (filter.groupBy().isEmpty() ? Map.<List<String>, FigureSums>of() : rows).forEach((key, group) -> out.add(new StatsRow(named(filter, key.subList(0, key.size() / 2)),
                        named(filter, key.subList(key.size() / 2, key.size())), group.figures())));
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
    private Uni<FigureSums> total(StatsFilter filter, Map<List<String>, FigureSums> groups, StatsSql.Coverage coverage) {
        if (filter.groupBy().isEmpty()) {
            return Uni.createFrom().item(groups.isEmpty() ? new FigureSums() : groups.values().iterator().next());
        }
        if (filter.rollup()) {
            return groups(filter.ungrouped(), coverage)
                    .map(total -> total.isEmpty() ? new FigureSums() : total.values().iterator().next());
        }
        FigureSums sum = new FigureSums();
        groups.values().forEach(sum::addRollups);
        return rows(StatsSql.live(filter.ungrouped(), clock.instant())).map(rows -> {
            rows.forEach(row -> sum.live(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
            return sum;
        });
    }

    private static Uni<List<LocalDate>> closedMonths(StatsFilter filter) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(StatsSql.CLOSED_MONTHS, LocalDate.class)
                .setParameter("from", filter.from()).setParameter("to", filter.to()).getResultList());
    }

    /** Groups keyed by their key texts followed by their labels. */
    private Uni<Map<List<String>, FigureSums>> groups(StatsFilter filter, StatsSql.Coverage coverage) {
        int width = filter.groupBy().size();
        Map<List<String>, FigureSums> groups = new LinkedHashMap<>();
        Uni<Void> counters = rows(StatsSql.counters(filter, coverage)).invoke(rows -> rows.forEach(row ->
                FigureSums.in(groups, key(row, width)).addCounts(row, width))).replaceWithVoid();
        Uni<Void> buckets = rows(StatsSql.histograms(filter, coverage)).invoke(rows -> rows.forEach(row ->
                FigureSums.in(groups, key(row, width)).addBucket(((Number) row[width]).intValue(),
                        ((Number) row[width + 1]).intValue(), ((Number) row[width + 2]).longValue())))
                .replaceWithVoid();
        Uni<Void> live = filter.hasTimeGroup() ? Uni.createFrom().voidItem()
                : rows(StatsSql.live(filter, clock.instant())).invoke(rows -> {
                    rows.forEach(row -> FigureSums.in(groups, key(row, width)).live(
                            ((Number) row[width]).longValue(), ((Number) row[width + 1]).longValue()));
                    groups.values().forEach(FigureSums::liveKnown);
                }).replaceWithVoid();
        return counters.chain(() -> buckets).chain(() -> live).map(ignored -> groups);
    }

    private static Uni<List<Object[]>> rows(StatsSql.Statement statement) {
        return Panache.getSession().flatMap(session -> {
            Mutiny.SelectionQuery<Object[]> query = session.createNativeQuery(statement.sql(), Object[].class);
            statement.parameters().forEach(query::setParameter);
            return query.getResultList();
        });
    }

    /** The key texts (the first columns) followed by their labels (the last ones). */
    private static List<String> key(Object[] row, int width) {
        List<String> key = new ArrayList<>(2 * width);
        for (int i = 0; i < width; i++) {
            key.add(row[i] == null ? null : row[i].toString());
        }
        for (int i = row.length - width; i < row.length; i++) {
            key.add(row[i] == null ? null : row[i].toString());
        }
        return key;
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
