package org.liaison.caseflow.tracking;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.events.CaseEventRepository;
import org.liaison.caseflow.CaseRepository;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.CaseStateMachine;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.caseflow.intake.PlainText;
import org.liaison.category.CategoryRepository;
import org.liaison.department.DepartmentRepository;
import org.liaison.deputy.DeputyRepository;
import org.liaison.venue.VenueRepository;

import java.util.List;
import java.util.function.Function;

/**
 * What the resident holding a case's secret can read and do. Whatever is wrong (malformed or unknown tracking
 * code, missing or wrong secret) the answer is the same 404, so nothing tells whether a case exists.
 */
@ApplicationScoped
public class ResidentCaseService {

    private final CaseRepository cases;
    private final CaseEventRepository events;
    private final CategoryRepository categories;
    private final VenueRepository venues;
    private final DeputyRepository deputies;
    private final DepartmentRepository departments;
    private final CaseWorkflow workflow;
    private final CaseAccess access;
    private final CaseStateMachine machine;

    ResidentCaseService(CaseRepository cases, CaseEventRepository events, CategoryRepository categories,
                        VenueRepository venues, DeputyRepository deputies, DepartmentRepository departments,
                        CaseWorkflow workflow, CaseAccess access, CaseStateMachine machine) {
        this.cases = cases;
        this.events = events;
        this.categories = categories;
        this.venues = venues;
        this.deputies = deputies;
        this.departments = departments;
        this.workflow = workflow;
        this.access = access;
        this.machine = machine;
    }

    @WithSession
    public Uni<ResidentCaseView> get(String trackingCode, String secret) {
        return find(trackingCode, secret).flatMap(this::view);
    }

    /** A follow-up; while the case awaits information it is the answer (PROVIDE_INFO), which resumes the work. */
    @WithTransaction
    public Uni<ResidentCaseView> addMessage(String trackingCode, String secret, MessageRequest request) {
        String text = PlainText.Validator.normalize(request.text());
        return act(trackingCode, secret, c -> c.status == CaseStatus.AWAITING_INFO ? CaseAction.PROVIDE_INFO
                : CaseAction.ADD_MESSAGE, ActionDetails.note(text));
    }

    @WithTransaction
    public Uni<ResidentCaseView> rate(String trackingCode, String secret, RatingRequest request) {
        return act(trackingCode, secret, c -> CaseAction.RATE,
                ActionDetails.rating(request.rating(), optional(request.comment())));
    }

    @WithTransaction
    public Uni<ResidentCaseView> withdraw(String trackingCode, String secret, WithdrawRequest request) {
        return act(trackingCode, secret, c -> CaseAction.WITHDRAW,
                ActionDetails.note(request == null ? null : optional(request.reason())));
    }

    private Uni<ResidentCaseView> act(String trackingCode, String secret,
                                      Function<ResidentCase, CaseAction> action, ActionDetails details) {
        return find(trackingCode, secret)
                .call(c -> workflow.apply(c, action.apply(c), Actor.resident(), details))
                .flatMap(this::view);
    }

    private Uni<ResidentCase> find(String typedCode, String secret) {
        return access.caseOf(typedCode, secret);
    }

    private Uni<ResidentCaseView> view(ResidentCase c) {
        List<CaseAction> allowed = List.copyOf(machine.allowedActions(c.snapshot(), Actor.resident()));
        return categories.findById(c.categoryId).flatMap(category -> venues.findById(c.venueId)
                .flatMap(venue -> holder(c).flatMap(holder -> events.timeline(c.id)
                        .map(timeline -> ResidentCaseMapper.toView(c, category, venue, holder, timeline, allowed)))));
    }

    private Uni<ResidentCaseView.Holder> holder(ResidentCase c) {
        if (c.departmentId != null) {
            return departments.findById(c.departmentId).map(ResidentCaseMapper::department);
        }
        if (c.assignedDeputyId != null) {
            return deputies.findById(c.assignedDeputyId).map(ResidentCaseMapper::deputy);
        }
        return Uni.createFrom().item(c.status == CaseStatus.SUBMITTED ? null : ResidentCaseMapper.STAFF);
    }

    private static String optional(String text) {
        String clean = PlainText.Validator.normalize(text);
        return clean == null || clean.isEmpty() ? null : clean;
    }
}
