package org.liaison.caseflow;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.category.Category;
import org.liaison.category.CategoryRepository;
import org.liaison.caseflow.WatchCounters.Owner;
import org.liaison.caseflow.WatchCounters.Watcher;
import org.liaison.caseflow.events.CaseEvent;
import org.liaison.caseflow.events.CaseEventPublisher;
import org.liaison.caseflow.events.CaseFacts;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.CaseEffect;
import org.liaison.caseflow.lifecycle.CaseStateMachine;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.caseflow.lifecycle.EventVisibility;
import org.liaison.caseflow.lifecycle.IllegalTransitionException;
import org.liaison.caseflow.lifecycle.ServiceLevel;
import org.liaison.caseflow.lifecycle.Transition;
import org.liaison.common.problem.ProblemException;
import org.liaison.common.sql.CommittingStatements;
import org.liaison.routing.RoutingService;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The only way a case changes, in the caller's transaction: the state machine decides, the case applies the
 * transition to itself (routing and referrals alongside), the event is appended through the case-event port, and
 * the counters of everyone watching are bumped. The entity's version column makes a concurrent second change fail
 * instead of overwriting the first.
 */
@ApplicationScoped
@Unremovable
public class CaseWorkflow {

    private final CaseStateMachine machine;
    private final RoutingService routing;
    private final CategoryRepository categories;
    private final CaseEventPublisher events;
    private final ReferralRepository referrals;
    private final WatchCounters counters;
    private final CaseFlowConfig config;
    private final Clock clock;

    CaseWorkflow(CaseStateMachine machine, RoutingService routing, CategoryRepository categories,
                 CaseEventPublisher events, ReferralRepository referrals, WatchCounters counters,
                 CaseFlowConfig config, Clock clock) {
        this.machine = machine;
        this.routing = routing;
        this.categories = categories;
        this.events = events;
        this.referrals = referrals;
        this.counters = counters;
        this.config = config;
        this.clock = clock;
    }

    /** Applies the action (must run inside a transaction); answers 409 naming the allowed actions when it is illegal now. */
    public Uni<CaseEvent> apply(ResidentCase c, CaseAction action, Actor actor, ActionDetails details) {
        Transition transition = decide(c, action, actor, details);
        Instant now = clock.instant();
        Set<Watcher> watchers = watchersOf(c);
        Long departmentBefore = c.departmentId;
        return categories.findById(c.categoryId)
                .flatMap(category -> assignment(c, transition, details, now, category)
                        .invoke(() -> c.follow(transition, details, now, levelOf(category))))
                .chain(() -> referralEffects(c, transition, details, now))
                .flatMap(ignored -> {
                    watchers.addAll(watchersOf(c));
                    // A department's own reply (or a recall) closes its referral: the event still belongs to it.
                    Long department = c.departmentId != null ? c.departmentId : departmentBefore;
                    return record(c, action.name(), transition, actor, details.note(), now, department);
                })
                .call(event -> counters.bump(watchers))
                .invoke(event -> Log.infof("Case %d: %s by %s, %s → %s", c.id, action, actor.kind(),
                        transition.from(), transition.to()));
    }

    /**
     * A new case and its first two events, through {@code statements}: SUBMITTED, then its routing (the snapshot
     * read and the candidates' loads locked through the same statements, in one flight). Nothing is written before
     * the decision; then the case row, both events, the listeners' rows and the watchers' bumps are given at once.
     * The ids come from {@link NewCaseIds}, taken beforehand.
     */
    public Uni<ResidentCase> submitted(ResidentCase c, NewCaseIds ids, Category category, CommittingStatements statements) {
        c.id = ids.caseId();
        Instant now = clock.instant();
        Transition created = new Transition(CaseStatus.SUBMITTED, CaseAction.ADD_MESSAGE, CaseStatus.SUBMITTED,
                Set.of(), Optional.empty());
        CaseEvent submitted = eventOf(c, "SUBMITTED", created, Actor.resident(), null, now, null);
        submitted.id = ids.submittedEventId();
        CaseFacts submittedFacts = c.facts();
        Transition routed = decide(c, CaseAction.ROUTE, Actor.system(), ActionDetails.NONE);
        return routing.route(statements, c.venueId, c.personalDeputyToTry(), category.code, c.excludedDeputies())
                .chain(decision -> {
                    c.assign(decision, now);
                    c.follow(routed, ActionDetails.NONE, now, levelOf(category));
                    CaseEvent route = eventOf(c, CaseAction.ROUTE.name(), routed, Actor.system(), null, now, null);
                    route.id = ids.routeEventId();
                    c.lastEventId = route.id;
                    statements.write(CaseRows.insert(c, now));
                    return events.append(submitted, submittedFacts, statements)
                            .chain(() -> events.append(route, c.facts(), statements));
                })
                .invoke(() -> counters.bump(watchersOf(c), statements))
                .replaceWith(c);
    }

    private Transition decide(ResidentCase c, CaseAction action, Actor actor, ActionDetails details) {
        try {
            return action == CaseAction.RATE
                    ? machine.rate(c.snapshot(), actor, details.rating())
                    : machine.apply(c.snapshot(), action, actor);
        } catch (IllegalTransitionException e) {
            List<String> allowed = e.allowedActions().stream().map(Enum::name).sorted().toList();
            throw ProblemException.conflict("The case is " + c.status + "; " + action + " is not possible now. "
                            + (allowed.isEmpty() ? "Nothing can be done to it by you now." : "Allowed now: " + String.join(", ", allowed) + "."),
                    Map.of("currentStatus", c.status.name(), "allowedActions", allowed));
        }
    }

    private ServiceLevel levelOf(Category category) {
        return ServiceLevel.ofHours(category.acceptHours, category.resolveHours, config.ratingWindow());
    }

    private Uni<Void> assignment(ResidentCase c, Transition t, ActionDetails details, Instant now, Category category) {
        if (t.has(CaseEffect.EXCLUDE_ASSIGNEE)) {
            c.excludeAssignee();
        }
        if (t.has(CaseEffect.RUN_ROUTING)) {
            return routing.route(c.venueId, c.personalDeputyToTry(), category.code, c.excludedDeputies())
                    .invoke(decision -> c.assign(decision, now)).replaceWithVoid();
        }
        if (t.has(CaseEffect.ASSIGN_CHOSEN_DEPUTY)) {
            c.assignByAdministrator(details.chosenDeputyId(), now);
        }
        return Uni.createFrom().voidItem();
    }

    private Uni<Void> referralEffects(ResidentCase c, Transition t, ActionDetails details, Instant now) {
        Uni<Void> closing = Uni.createFrom().voidItem();
        if (t.has(CaseEffect.CLOSE_REFERRAL)) {
            closing = referrals.findOpen(c.id).invoke(open -> {
                if (open != null && t.action() == CaseAction.DEPARTMENT_REPLY) {
                    open.answer(details.note(), now);
                } else if (open != null) {
                    open.close(now);
                }
                c.referralClosed();
            }).replaceWithVoid();
        }
        if (!t.has(CaseEffect.OPEN_REFERRAL)) {
            return closing;
        }
        return closing.chain(() -> {
            c.referTo(details.departmentId());
            return referrals.persist(Referral.open(c.id, details.departmentId(), details.note(), now)).replaceWithVoid();
        });
    }

    private Uni<CaseEvent> record(ResidentCase c, String type, Transition t, Actor actor, String note, Instant now,
                                  Long departmentId) {
        return events.append(eventOf(c, type, t, actor, note, now, departmentId), c.facts(), saved -> c.lastEventId = saved.id);
    }

    private static CaseEvent eventOf(ResidentCase c, String type, Transition t, Actor actor, String note, Instant now,
                                     Long departmentId) {
        CaseEvent event = new CaseEvent();
        event.caseId = c.id;
        event.type = type;
        event.fromStatus = t.from();
        event.toStatus = t.to();
        event.actorRole = actor.kind();
        event.actorId = actor.id();
        boolean routingNote = t.has(CaseEffect.RUN_ROUTING) || t.has(CaseEffect.ASSIGN_CHOSEN_DEPUTY);
        event.note = routingNote && note == null ? c.routingReasonZh : note;
        event.visibleToResident = EventVisibility.eventPublic(t.action()) || "SUBMITTED".equals(type);
        event.noteVisibleToResident = routingNote && note == null || EventVisibility.notePublic(t.action(), actor.kind());
        event.deputyId = c.assignedDeputyId;
        event.departmentId = departmentId;
        event.createdAt = now;
        return event;
    }

    private static Set<Watcher> watchersOf(ResidentCase c) {
        Set<Watcher> watchers = new HashSet<>();
        if (c.assignedDeputyId != null) {
            watchers.add(new Watcher(Owner.DEPUTY, c.assignedDeputyId));
        } else if (c.status != CaseStatus.SUBMITTED) {
            watchers.add(new Watcher(Owner.ADMIN, WatchCounters.ADMIN_QUEUE));
        }
        if (c.departmentId != null) {
            watchers.add(new Watcher(Owner.DEPARTMENT, c.departmentId));
        }
        return watchers;
    }
}
