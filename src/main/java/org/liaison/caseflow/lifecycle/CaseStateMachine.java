package org.liaison.caseflow.lifecycle;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static org.liaison.caseflow.lifecycle.CaseEffect.*;

/**
 * The case lifecycle: which actor may take which action in which status, and what follows. Pure and thread-safe;
 * it never sees the clock or the database. The caller loads the case, calls {@link #apply} (or {@link #rate}),
 * then stores the new status and carries out the {@link Transition#effects()} in the same transaction, under the
 * case row's optimistic version, so two racing actions cannot both succeed.
 *
 * <p>"Holder" is the assigned deputy, or any administrator when the case is in the administrators' queue (routed,
 * no deputy: {@link CaseSnapshot#heldByAdministrators()}). "Department" is the department of the open referral.
 * Any other deputy or department may do nothing. Terminal statuses (CLOSED, REJECTED, WITHDRAWN) allow nothing,
 * not even a message: a new matter is a new case.
 * <pre>
 * from                              action            who                                   to
 * SUBMITTED                         ROUTE             system                                ASSIGNED
 * SUBMITTED                         ASSIGN            admin                                 ASSIGNED
 * SUBMITTED                         REJECT            admin                                 REJECTED
 * ASSIGNED                          ACCEPT            holder                                ACCEPTED
 * ASSIGNED                          DECLINE           assigned deputy                       ASSIGNED, re-routed
 * ASSIGNED                          ESCALATE          system, while a deputy holds it       ASSIGNED, re-routed
 * ASSIGNED                          ASSIGN            admin                                 ASSIGNED
 * ASSIGNED                          EXPIRE            system, while in the queue            CLOSED (expired)
 * ASSIGNED                          REJECT            holder, admin                         REJECTED
 * ACCEPTED, REOPENED, AWAITING_INFO START_WORK        holder                                IN_PROGRESS
 * ACCEPTED, IN_PROGRESS, REOPENED   REQUEST_INFO      holder                                AWAITING_INFO
 * ACCEPTED, IN_PROGRESS, REOPENED   REFER             holder                                REFERRED
 * ACCEPTED, IN_PROGRESS, REOPENED   RESPOND           holder                                RESPONDED
 * ACCEPTED, IN_PROGRESS, REOPENED   ASSIGN            admin                                 ASSIGNED
 * ACCEPTED, IN_PROGRESS,
 *   AWAITING_INFO                   REJECT            holder, admin                         REJECTED
 * REOPENED, REFERRED                REJECT            admin (not the deputy)                REJECTED
 * AWAITING_INFO                     PROVIDE_INFO      resident                              IN_PROGRESS
 * AWAITING_INFO                     EXPIRE            system                                CLOSED (expired)
 * REFERRED                          DEPARTMENT_REPLY  department                            IN_PROGRESS
 * REFERRED                          RECALL_REFERRAL   holder                                IN_PROGRESS
 * RESPONDED                         RATE              resident                              CLOSED, or REOPENED when
 *                                                                                           unsatisfied and reopenCount
 *                                                                                           &lt; maxReopenings
 * RESPONDED                         CLOSE_UNRATED     system                                CLOSED (unrated)
 * ACCEPTED, IN_PROGRESS, REOPENED,
 *   AWAITING_INFO, REFERRED         MARK_OVERDUE      system                                unchanged
 * every non-terminal status         WITHDRAW          resident                              WITHDRAWN
 * SUBMITTED                         ADD_MESSAGE       resident, admin                       unchanged
 * every other non-terminal status   ADD_MESSAGE       resident, holder, admin, department   unchanged
 * every non-terminal status         SUPERVISE, URGE   admin                                 unchanged (SUPERVISE:
 *                                                                                           supervised)
 * </pre>
 * A REFERRED case cannot be answered directly: the department replies or the holder recalls the referral first,
 * so the resident's answer never skips the department it was promised to.
 */
public final class CaseStateMachine {

    /** Unsatisfied ratings that reopen a case; the next one closes it as unsatisfied. */
    public static final int DEFAULT_MAX_REOPENINGS = 2;

    private final int maxReopenings;

    public CaseStateMachine() {
        this(DEFAULT_MAX_REOPENINGS);
    }

    public CaseStateMachine(int maxReopenings) {
        if (maxReopenings < 0) {
            throw new IllegalArgumentException("maxReopenings must not be negative");
        }
        this.maxReopenings = maxReopenings;
    }

    public int maxReopenings() {
        return maxReopenings;
    }

    /** Every action this actor may take on the case now, in declaration order; empty when none. */
    public Set<CaseAction> allowedActions(CaseSnapshot current, Actor actor) {
        EnumSet<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : CaseAction.values()) {
            if (isAllowed(current, action, actor)) {
                allowed.add(action);
            }
        }
        return allowed;
    }

    public boolean isAllowed(CaseSnapshot current, CaseAction action, Actor actor) {
        return CaseRules.find(current, action, actor) != null;
    }

    /**
     * The transition for any action but RATE (use {@link #rate}).
     *
     * @throws IllegalTransitionException when the actor may not take the action now
     * @throws IllegalArgumentException   for a legal RATE, which needs the verdict
     */
    public Transition apply(CaseSnapshot current, CaseAction action, Actor actor) {
        CaseRules.Rule rule = legalRule(current, action, actor);
        if (action == CaseAction.RATE) {
            throw new IllegalArgumentException("RATE needs the verdict: call rate(current, actor, rating)");
        }
        CaseStatus to = rule.to() == null ? current.status() : rule.to();
        Optional<ClosedAs> closedAs = switch (action) {
            case CLOSE_UNRATED -> Optional.of(ClosedAs.UNRATED);
            case EXPIRE -> Optional.of(ClosedAs.EXPIRED);
            default -> Optional.empty();
        };
        return new Transition(current.status(), action, to, effects(current.status(), action, to), closedAs);
    }

    /**
     * The resident's rating of a RESPONDED case: satisfied or basically satisfied closes it; unsatisfied reopens
     * it (supervised, back with its holder) while {@code reopenCount < maxReopenings}, else closes it unsatisfied.
     *
     * @throws IllegalTransitionException when the actor may not rate the case now
     */
    public Transition rate(CaseSnapshot current, Actor actor, Rating rating) {
        Objects.requireNonNull(rating, "rating");
        legalRule(current, CaseAction.RATE, actor);
        boolean reopens = rating == Rating.UNSATISFIED && current.reopenCount() < maxReopenings;
        CaseStatus to = reopens ? CaseStatus.REOPENED : CaseStatus.CLOSED;
        Set<CaseEffect> effects = effects(current.status(), CaseAction.RATE, to);
        effects.add(RECORD_RATING);
        if (reopens) {
            effects.addAll(EnumSet.of(MARK_SUPERVISED, COUNT_REOPENING, START_RESOLVE_CLOCK));
        }
        Optional<ClosedAs> closedAs = reopens ? Optional.empty() : Optional.of(ClosedAs.of(rating));
        return new Transition(current.status(), CaseAction.RATE, to, effects, closedAs);
    }

    private CaseRules.Rule legalRule(CaseSnapshot current, CaseAction action, Actor actor) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actor, "actor");
        CaseRules.Rule rule = CaseRules.find(current, action, actor);
        if (rule == null) {
            throw new IllegalTransitionException(current.status(), action, actor, allowedActions(current, actor));
        }
        return rule;
    }

    private static Set<CaseEffect> effects(CaseStatus from, CaseAction action, CaseStatus to) {
        EnumSet<CaseEffect> effects = EnumSet.noneOf(CaseEffect.class);
        switch (action) {
            case ROUTE -> effects.addAll(EnumSet.of(RUN_ROUTING, START_ACCEPT_CLOCK, START_RESOLVE_CLOCK));
            case ASSIGN -> {
                effects.addAll(EnumSet.of(ASSIGN_CHOSEN_DEPUTY, START_ACCEPT_CLOCK));
                if (from == CaseStatus.SUBMITTED) {
                    effects.add(START_RESOLVE_CLOCK);
                }
            }
            case DECLINE, ESCALATE -> effects.addAll(EnumSet.of(EXCLUDE_ASSIGNEE, RUN_ROUTING, START_ACCEPT_CLOCK));
            case ACCEPT -> effects.add(RECORD_ACCEPTANCE);
            case REQUEST_INFO -> effects.add(PAUSE_CLOCK);
            case REFER -> effects.add(OPEN_REFERRAL);
            case RESPOND -> effects.add(RECORD_RESPONSE);
            case MARK_OVERDUE, SUPERVISE -> effects.add(MARK_SUPERVISED);
            default -> {
                // the status change is the whole story
            }
        }
        if (from == CaseStatus.AWAITING_INFO && to != CaseStatus.AWAITING_INFO) {
            effects.add(RESUME_CLOCK);
        }
        if (from == CaseStatus.REFERRED && to != CaseStatus.REFERRED) {
            effects.add(CLOSE_REFERRAL);
        }
        return effects;
    }
}
