package org.liaison.caseflow.tracking;

import io.quarkus.hibernate.reactive.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseRepository;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;

/**
 * Moves a case as its deputy would, straight through CaseWorkflow: the deputy's endpoints are built on another
 * branch, and the resident's side only needs the case to reach AWAITING_INFO or RESPONDED.
 */
@ApplicationScoped
public class CaseDriver {

    private final CaseRepository cases;
    private final CaseWorkflow workflow;

    CaseDriver(CaseRepository cases, CaseWorkflow workflow) {
        this.cases = cases;
        this.workflow = workflow;
    }

    public void deputy(String trackingCode, long deputyId, CaseAction action, String note) {
        CaseRows.await(() -> Panache.withTransaction(() -> cases.findByTrackingCode(trackingCode)
                .chain(c -> workflow.apply(c, action, Actor.deputy(deputyId), ActionDetails.note(note)))));
    }
}
