package org.liaison.caseflow.handling;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseRepository;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;

/** Moves a case as a resident (or the system) would, straight through CaseWorkflow, in a transaction of its own. */
@ApplicationScoped
public class WorkflowDriver {

    private final CaseRepository cases;
    private final CaseWorkflow workflow;

    WorkflowDriver(CaseRepository cases, CaseWorkflow workflow) {
        this.cases = cases;
        this.workflow = workflow;
    }

    /** Applies the action and returns the id of the event it recorded. */
    public long apply(long caseId, CaseAction action, Actor actor, ActionDetails details) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> cases.findById(caseId)
                    .flatMap(c -> workflow.apply(c, action, actor, details)).map(event -> event.id)));
        } catch (RuntimeException e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }
}
