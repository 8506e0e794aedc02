package org.liaison.caseflow.deadlines;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseFlowConfig;
import org.liaison.caseflow.CaseRepository;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.BiFunction;

/**
 * The deadline sweep: escalates cases not accepted in time to the next routing candidate, marks cases not
 * resolved in time overdue, closes responded cases whose rating window is over as unrated, and scrubs personal
 * data past the retention. Small batches, one transaction each, rows locked with SKIP LOCKED: safe with several
 * instances, and idempotent because a handled case no longer matches. Every change goes through CaseWorkflow.
 */
@ApplicationScoped
public class DeadlineSweep {

    /** Cases per transaction: short transactions, short row locks. */
    static final int BATCH = 20;

    /** Batches per kind and run, so one run ends; the rest waits for the next run. */
    static final int MAX_BATCHES = 50;

    private final DueCases due;
    private final CaseRepository cases;
    private final CaseWorkflow workflow;
    private final CaseFlowConfig config;
    private final Clock clock;

    DeadlineSweep(DueCases due, CaseRepository cases, CaseWorkflow workflow, CaseFlowConfig config, Clock clock) {
        this.due = due;
        this.cases = cases;
        this.workflow = workflow;
        this.config = config;
        this.clock = clock;
    }

    /** One full sweep at the clock's current time. */
    public Uni<SweepReport> run() {
        Instant now = clock.instant();
        return drain(CaseAction.ESCALATE, due::lockAcceptOverdue, now).flatMap(escalated ->
                drain(CaseAction.MARK_OVERDUE, due::lockResolveOverdue, now).flatMap(overdue ->
                        drain(CaseAction.CLOSE_UNRATED, due::lockRatingOver, now).flatMap(unrated ->
                                scrub(now).map(scrubbed -> new SweepReport(escalated, overdue, unrated, scrubbed)))))
                .invoke(report -> {
                    if (!report.isEmpty()) {
                        Log.infof("Deadline sweep: %s", report);
                    }
                });
    }

    private Uni<Integer> drain(CaseAction action, BiFunction<Instant, Integer, Uni<List<Long>>> lockDue, Instant now) {
        return drain(action, lockDue, now, MAX_BATCHES, 0);
    }

    private Uni<Integer> drain(CaseAction action, BiFunction<Instant, Integer, Uni<List<Long>>> lockDue, Instant now,
                               int batchesLeft, int doneSoFar) {
        return Panache.withTransaction(() -> lockDue.apply(now, BATCH).call(ids -> applyEach(ids, action)).map(List::size))
                .onFailure().recoverWithItem(failure -> {
                    // the batch rolled back as a whole; its cases stay due and the next run retries them
                    Log.errorf(failure, "Deadline sweep: a %s batch failed", action);
                    return 0;
                })
                .flatMap(done -> done == BATCH && batchesLeft > 1
                        ? drain(action, lockDue, now, batchesLeft - 1, doneSoFar + done)
                        : Uni.createFrom().item(doneSoFar + done));
    }

    private Uni<Void> applyEach(List<Long> ids, CaseAction action) {
        Uni<Void> chain = Uni.createFrom().voidItem();
        for (Long id : ids) {
            chain = chain.chain(() -> cases.findById(id)
                    .call(c -> workflow.apply(c, action, Actor.system(), ActionDetails.NONE))
                    .replaceWithVoid());
        }
        return chain;
    }

    private Uni<Integer> scrub(Instant now) {
        Instant cutoff = now.minus(config.retention());
        return scrubBatches(cutoff, now, MAX_BATCHES, 0);
    }

    private Uni<Integer> scrubBatches(Instant cutoff, Instant now, int batchesLeft, int doneSoFar) {
        return Panache.withTransaction(() -> due.scrub(cutoff, now, BATCH))
                .flatMap(done -> done == BATCH && batchesLeft > 1
                        ? scrubBatches(cutoff, now, batchesLeft - 1, doneSoFar + done)
                        : Uni.createFrom().item(doneSoFar + done));
    }
}
