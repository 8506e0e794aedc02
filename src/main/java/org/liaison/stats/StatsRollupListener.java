package org.liaison.stats;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.events.CaseEventListener;
import org.liaison.caseflow.events.CaseEventRecord;
import org.liaison.caseflow.events.CaseFacts;
import org.liaison.common.LiaisonConfig;
import org.liaison.common.sql.TxStatements;

import java.time.LocalDate;
import java.time.ZoneId;

/**
 * Keeps the statistics rollups in the case's own transaction: at most three small statements per event (what the
 * case did before, for the few events that depend on it; the row; the histogram bucket), none for most events. A
 * failure rolls the case change back, so the rollups can never miss or double an event. With
 * {@code liaison.stats.live-rollups=false} (benchmarks and bulk loads only) it does nothing, and the rebuild must run
 * afterwards.
 */
@ApplicationScoped
public class StatsRollupListener implements CaseEventListener {

    private final RollupWriter writer;
    private final ZoneId zone;
    private final boolean live;

    StatsRollupListener(RollupWriter writer, LiaisonConfig config, StatsConfig stats) {
        this.writer = writer;
        this.zone = config.zone();
        this.live = stats.liveRollups();
        if (!live) {
            Log.warn("Statistics rollups are off (STATS_LIVE_ROLLUPS=false): run POST /api/admin/stats/rebuild after the load");
        }
    }

    @Override
    public Uni<Void> recorded(CaseEventRecord event, CaseFacts facts, TxStatements statements) {
        if (!live) {
            return Uni.createFrom().voidItem();
        }
        Uni<RollupWriter.Lookback> lookback = RollupDelta.needsPrior(event.type())
                ? writer.lookback(statements, event.caseId(), event.id(), facts.categoryId())
                : Uni.createFrom().item(new RollupWriter.Lookback(RollupDelta.Prior.NONE, 0));
        return lookback.invoke(before -> {
            RollupDelta delta = RollupDelta.of(new RollupDelta.Input(event.type(), event.fromStatus(), event.toStatus(),
                    facts.closedAs(), event.createdAt(), facts.submittedAt(), event.deputyId(), before.acceptHours(),
                    before.prior()));
            if (delta.isEmpty()) {
                return;
            }
            RollupWriter.Key key = new RollupWriter.Key(LocalDate.ofInstant(event.createdAt(), zone), facts.venueId(),
                    facts.categoryId(), orZero(delta.deputyId()), orZero(event.departmentId()));
            writer.add(statements, key, delta);
        }).replaceWithVoid();
    }

    private static long orZero(Long id) {
        return id == null ? 0 : id;
    }
}
