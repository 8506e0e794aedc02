package org.liaison.caseflow;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.category.Category;
import org.liaison.category.CategoryRepository;
import org.liaison.caseflow.WatchCounters.Owner;
import org.liaison.caseflow.WatchCounters.Watcher;
import org.liaison.caseflow.domain.Actor;
import org.liaison.caseflow.domain.CaseAction;
import org.liaison.caseflow.domain.CaseEffect;
import org.liaison.caseflow.domain.CaseStateMachine;
import org.liaison.caseflow.domain.CaseStatus;
import org.liaison.caseflow.domain.IllegalTransitionException;
import org.liaison.caseflow.domain.ServiceLevel;
import org.liaison.caseflow.domain.Transition;
import org.liaison.common.problem.ProblemException;
import org.liaison.push.CaseEventNotifier;
import org.liaison.routing.RoutingDecision;
import org.liaison.routing.RoutingService;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The only way a case changes: the state machine decides, this class applies the effects, appends the
 * event and bumps the counters of everyone watching, all in the caller's transaction. The entity's
 * version column makes a concurrent second change fail instead of overwriting the first.
 */
@ApplicationScoped
@Unremovable
public class CaseWorkflow {

    private final CaseStateMachine machine;
    private final RoutingService routing;
    private final CategoryRepository categories;
    private final CaseEventRepository events;
    private final ReferralRepository referrals;
    private final WatchCounters counters;
    private final CaseFlowConfig config;
    private final Clock clock;
    private final CaseEventNotifier notifier;

    CaseWorkflow(RoutingService routing, CategoryRepository categories, CaseEventRepository events,
                 ReferralRepository referrals, WatchCounters counters, CaseFlowConfig config, Clock clock,
                 CaseEventNotifier notifier) {
        this.machine = new CaseStateMachine(config.maxReopenings());
        this.routing = routing;
        this.categories = categories;
        this.events = events;
        this.referrals = referrals;
        this.counters = counters;
        this.config = config;
        this.clock = clock;
        this.notifier = notifier;
    }

    /** Applies the action (must run inside a transaction); answers 409 naming the allowed actions when it is illegal now. */
    public Uni<CaseEvent> apply(ResidentCase c, CaseAction action, Actor actor, ActionDetails details) {
        Transition transition = decide(c, action, actor, details);
        Instant now = clock.instant();
        Set<Watcher> watchers = watchersOf(c);
        Long departmentBefore = c.departmentId;
        return categories.findById(c.categoryId)
                .flatMap(category -> applyEffects(c, transition, details, category, now))
                .flatMap(ignored -> {
                    c.status = transition.to();
                    transition.closedAs().ifPresent(closedAs -> {
                        c.closedAs = closedAs;
                        c.closedAt = now;
                    });
                    watchers.addAll(watchersOf(c));
                    // A department's own reply (or a recall) closes its referral: the event still belongs to it.
                    Long department = c.departmentId != null ? c.departmentId : departmentBefore;
                    return record(c, action.name(), transition, actor, details.note(), now, department);
                })
                .call(event -> counters.bump(watchers))
                .invoke(event -> Log.infof("Case %d: %s by %s, %s → %s", c.id, action, actor.kind(),
                        transition.from(), transition.to()));
    }

    /** The first event of a new case (already persisted), then its routing. */
    public Uni<CaseEvent> submitted(ResidentCase c) {
        Transition created = new Transition(CaseStatus.SUBMITTED, CaseAction.ADD_MESSAGE, CaseStatus.SUBMITTED,
                Set.of(), java.util.Optional.empty());
        return record(c, "SUBMITTED", created, Actor.resident(), null, clock.instant(), null)
                .chain(() -> apply(c, CaseAction.ROUTE, Actor.system(), ActionDetails.NONE));
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

    private Uni<Void> applyEffects(ResidentCase c, Transition t, ActionDetails details, Category category, Instant now) {
        ServiceLevel level = ServiceLevel.ofHours(category.acceptHours, category.resolveHours, config.ratingWindow());
        if (t.has(CaseEffect.EXCLUDE_ASSIGNEE) && c.assignedDeputyId != null) {
            c.exclude(c.assignedDeputyId);
        }
        Uni<Void> assignment = Uni.createFrom().voidItem();
        if (t.has(CaseEffect.RUN_ROUTING)) {
            Long personal = c.personalDeputyId == null || c.excludedDeputies().contains(c.personalDeputyId)
                    ? null : c.personalDeputyId;
            assignment = routing.route(c.venueId, personal, category.code, c.excludedDeputies())
                    .invoke(decision -> assign(c, decision, now)).replaceWithVoid();
        } else if (t.has(CaseEffect.ASSIGN_CHOSEN_DEPUTY)) {
            c.assignedDeputyId = details.chosenDeputyId();
            c.assignedVenueId = null;
            c.assignedAt = now;
            c.routingRule = null;
            c.routingReasonZh = details.chosenDeputyId() == null ? "管理员已将此件转入工作人员队列" : "管理员已指派代表办理";
            c.routingReasonEn = details.chosenDeputyId() == null ? "an administrator moved the case to the staff queue"
                    : "an administrator assigned a deputy";
        }
        return assignment.chain(() -> {
            c.clock(c.clock().follow(t, now, level));
            if (t.has(CaseEffect.RECORD_ACCEPTANCE)) {
                c.acceptedAt = now;
            }
            if (t.has(CaseEffect.RECORD_RESPONSE)) {
                c.respondedAt = now;
            }
            if (t.has(CaseEffect.RECORD_RATING)) {
                c.rating = details.rating();
                c.ratingComment = details.note();
                c.ratedAt = now;
            }
            if (t.has(CaseEffect.MARK_SUPERVISED)) {
                c.supervised = true;
            }
            if (t.action() == CaseAction.MARK_OVERDUE) {
                c.overdue = true;
            }
            if (t.has(CaseEffect.COUNT_REOPENING)) {
                c.reopenCount++;
            }
            return referralEffects(c, t, details, now);
        });
    }

    private Uni<Void> referralEffects(ResidentCase c, Transition t, ActionDetails details, Instant now) {
        Uni<Void> closing = Uni.createFrom().voidItem();
        if (t.has(CaseEffect.CLOSE_REFERRAL)) {
            closing = referrals.findOpen(c.id).invoke(open -> {
                if (open != null) {
                    open.closedAt = now;
                    if (t.action() == CaseAction.DEPARTMENT_REPLY) {
                        open.reply = details.note();
                        open.repliedAt = now;
                    }
                }
                c.departmentId = null;
            }).replaceWithVoid();
        }
        if (!t.has(CaseEffect.OPEN_REFERRAL)) {
            return closing;
        }
        return closing.chain(() -> {
            Referral referral = new Referral();
            referral.caseId = c.id;
            referral.departmentId = details.departmentId();
            referral.note = details.note();
            referral.openedAt = now;
            c.departmentId = details.departmentId();
            return referrals.persist(referral).replaceWithVoid();
        });
    }

    private static void assign(ResidentCase c, RoutingDecision decision, Instant now) {
        c.assignedDeputyId = decision.deputyId().orElse(null);
        c.assignedVenueId = decision.venueId().orElse(null);
        c.assignedAt = now;
        c.routingRule = decision.rule();
        c.routingReasonZh = decision.reasonZh();
        c.routingReasonEn = decision.reasonEn();
    }

    private Uni<CaseEvent> record(ResidentCase c, String type, Transition t, Actor actor, String note, Instant now,
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
        // The notification goes out with the commit, so live streams never see an event that could still roll back.
        return events.persistAndFlush(event).invoke(saved -> c.lastEventId = saved.id)
                .call(saved -> notifier.notifyCommitted(saved.id));
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
