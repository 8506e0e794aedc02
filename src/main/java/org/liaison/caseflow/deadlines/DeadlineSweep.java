package org.liaison.caseflow.deadlines;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseFlowConfig;
import org.liaison.caseflow.CaseRepository;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.deadlines.DueCases.Due;
import org.liaison.caseflow.lifecycle.Actor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The deadline sweep: escalates cases not accepted in time to the next routing candidate, marks cases not
 * resolved in time overdue, closes responded cases whose rating window is over as unrated, closes as EXPIRED the
 * cases that waited too long for the resident or in the administrators' queue, and scrubs ended cases past the
 * retention. Due cases are listed in id order, then each is locked (SKIP LOCKED, re-checked) and handled in a
 * transaction of its own: a transaction holds one case row, so sweeps on several instances and submissions never
 * deadlock, and a case the workflow cannot move fails alone (logged; it stays due) while the rest go on. Every
 * change goes through CaseWorkflow.
 */
@ApplicationScoped
public class DeadlineSweep {

    /** Due cases listed per query. */
    static final int BATCH = 20;

    /** Pages per kind and run, so one run ends; the rest waits for the next run. */
    static final int MAX_PAGES = 50;

    private final DueCases due;
    private final CaseRepository cases;
    private final CaseWorkflow workflow;
    private final RetentionScrub retention;
    private final CaseFlowConfig config;
    private final CaseTimeoutsConfig timeouts;
    private final Clock clock;

    DeadlineSweep(DueCases due, CaseRepository cases, CaseWorkflow workflow, RetentionScrub retention,
                  CaseFlowConfig config, CaseTimeoutsConfig timeouts, Clock clock) {
        this.due = due;
        this.cases = cases;
        this.workflow = workflow;
        this.retention = retention;
        this.config = config;
        this.timeouts = timeouts;
        this.clock = clock;
    }

    /** One full sweep at the clock's current time. */
    public Uni<SweepReport> run() {
        Instant now = clock.instant();
        return drain(Due.ACCEPT_OVERDUE, now, now).flatMap(escalated ->
                drain(Due.RESOLVE_OVERDUE, now, now).flatMap(overdue ->
                        drain(Due.RATING_OVER, now, now).flatMap(unrated ->
                                drain(Due.AWAITING_INFO_TOO_LONG, now.minus(timeouts.awaitingInfo()), now).flatMap(waited ->
                                        drain(Due.QUEUED_TOO_LONG, now.minus(timeouts.queue()), now).flatMap(queued ->
                                                drain(Due.RETENTION_OVER, now.minus(config.retention()), now).map(scrubbed ->
                                                        new SweepReport(escalated, overdue, unrated, waited + queued, scrubbed)))))))
                .invoke(report -> {
                    if (!report.isEmpty()) {
                        Log.infof("Deadline sweep: %s", report);
                    }
                });
    }

    /** Handles every case due before {@code at}, a page of ids at a time in id order; returns how many it handled. */
    private Uni<Integer> drain(Due kind, Instant at, Instant now) {
        return page(kind, at, now, 0L, MAX_PAGES, 0);
    }

    private Uni<Integer> page(Due kind, Instant at, Instant now, long afterId, int pagesLeft, int doneSoFar) {
        return Panache.withSession(() -> due.dueAfter(kind, at, afterId, BATCH))
                .flatMap(ids -> eachAlone(kind, at, now, ids).flatMap(done -> ids.size() == BATCH && pagesLeft > 1
                        ? page(kind, at, now, ids.get(ids.size() - 1), pagesLeft - 1, doneSoFar + done)
                        : Uni.createFrom().item(doneSoFar + done)));
    }

    private Uni<Integer> eachAlone(Due kind, Instant at, Instant now, List<Long> ids) {
        Uni<Integer> chain = Uni.createFrom().item(0);
        for (Long id : ids) {
            chain = chain.flatMap(done -> one(kind, at, now, id).map(handled -> handled ? done + 1 : done));
        }
        return chain;
    }

    /** One case in its own transaction; false when another sweep has it, it is no longer due, or it failed. */
    private Uni<Boolean> one(Due kind, Instant at, Instant now, long caseId) {
        return Panache.withTransaction(() -> due.lockIfStillDue(kind, at, caseId).flatMap(locked -> locked
                        ? handle(kind, caseId, now).replaceWith(true) : Uni.createFrom().item(false)))
                .onFailure().recoverWithItem(failure -> {
                    // only this case rolled back; it stays due and the next run retries it
                    Log.errorf(failure, "Deadline sweep: %s of case %d failed", kind, caseId);
                    return false;
                });
    }

    private Uni<Void> handle(Due kind, long caseId, Instant now) {
        if (kind.action() == null) {
            return retention.scrub(caseId, now);
        }
        return cases.findById(caseId)
                .call(c -> workflow.apply(c, kind.action(), Actor.system(), ActionDetails.NONE))
                .replaceWithVoid();
    }
}
