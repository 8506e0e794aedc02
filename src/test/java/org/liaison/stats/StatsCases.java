package org.liaison.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseRepository;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.deadlines.DeadlineSweep;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.support.MutableClock;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

/**
 * The resident's side of a case for statistics tests (rating, withdrawing), through the one workflow the API uses,
 * and the service clock set to a local time of the configured zone.
 */
@ApplicationScoped
public class StatsCases {

    private final CaseRepository cases;
    private final CaseWorkflow workflow;
    private final DeadlineSweep sweep;
    private final MutableClock clock;

    StatsCases(CaseRepository cases, CaseWorkflow workflow, DeadlineSweep sweep, MutableClock clock) {
        this.cases = cases;
        this.workflow = workflow;
        this.sweep = sweep;
        this.clock = clock;
    }

    /** Moves the service clock to this local time (Asia/Shanghai in tests). */
    public void at(String localDateTime) {
        Instant target = LocalDateTime.parse(localDateTime).atZone(clock.getZone()).toInstant();
        clock.reset();
        clock.advance(Duration.between(Instant.now(), target));
    }

    public ZoneId zone() {
        return clock.getZone();
    }

    public void rate(long caseId, Rating rating) {
        act(caseId, CaseAction.RATE, Actor.resident(), ActionDetails.rating(rating, null));
    }

    public void withdraw(long caseId) {
        act(caseId, CaseAction.WITHDRAW, Actor.resident(), ActionDetails.note("已自行解决"));
    }

    public void sweep() {
        await(() -> sweep.run().replaceWithVoid());
    }

    private void act(long caseId, CaseAction action, Actor actor, ActionDetails details) {
        await(() -> Panache.withTransaction(() -> cases.findById(caseId)
                .chain(c -> workflow.apply(c, action, actor, details))).replaceWithVoid());
    }

    private static void await(java.util.function.Supplier<io.smallrye.mutiny.Uni<Void>> work) {
        try {
            VertxContextSupport.subscribeAndAwait(work);
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
