package org.liaison.caseflow.lifecycle;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import static org.liaison.caseflow.lifecycle.CaseAction.*;
import static org.liaison.caseflow.lifecycle.CaseStatus.*;
import static org.liaison.caseflow.lifecycle.CaseRules.Party.*;

/** The legal moves, one line each; {@link CaseStateMachine} documents them as a table. */
final class CaseRules {

    /** Who may take a move, relative to the case. */
    enum Party {
        RESIDENT,
        /** The assigned deputy only (DECLINE: an administrator has nobody to pass a queued case to). */
        ASSIGNED_DEPUTY,
        /** The assigned deputy, or an administrator when the case is in the administrators' queue. */
        HOLDER,
        ADMIN,
        /** The department the case is currently referred to. */
        REFERRED_DEPARTMENT,
        SYSTEM,
        /** SYSTEM, only while a deputy holds the case (the queue has no next candidate to escalate to). */
        SYSTEM_WHILE_DEPUTY_HOLDS,
        /** SYSTEM, only while the case is in the administrators' queue (a deputy's case escalates instead). */
        SYSTEM_WHILE_QUEUED;

        boolean includes(Actor actor, CaseSnapshot snapshot) {
            boolean isAssignedDeputy = actor.kind() == ActorKind.DEPUTY
                    && Objects.equals(actor.id(), snapshot.assignedDeputyId());
            return switch (this) {
                case RESIDENT -> actor.kind() == ActorKind.RESIDENT;
                case ASSIGNED_DEPUTY -> isAssignedDeputy;
                case HOLDER -> isAssignedDeputy || actor.kind() == ActorKind.ADMIN && snapshot.heldByAdministrators();
                case ADMIN -> actor.kind() == ActorKind.ADMIN;
                case REFERRED_DEPARTMENT -> actor.kind() == ActorKind.DEPARTMENT && snapshot.status() == REFERRED
                        && Objects.equals(actor.id(), snapshot.referralDepartmentId());
                case SYSTEM -> actor.kind() == ActorKind.SYSTEM;
                case SYSTEM_WHILE_DEPUTY_HOLDS -> actor.kind() == ActorKind.SYSTEM
                        && snapshot.assignedDeputyId() != null;
                case SYSTEM_WHILE_QUEUED -> actor.kind() == ActorKind.SYSTEM && snapshot.heldByAdministrators();
            };
        }
    }

    /** A legal move; {@code to} is null when the status stays, and CLOSED stands for "CLOSED or REOPENED" on RATE. */
    record Rule(CaseStatus from, CaseAction action, CaseStatus to, Set<Party> parties) {
    }

    private static final Map<CaseStatus, Map<CaseAction, Rule>> RULES = new EnumMap<>(CaseStatus.class);

    static {
        allow(SUBMITTED, ROUTE, ASSIGNED, SYSTEM);
        allow(SUBMITTED, ASSIGN, ASSIGNED, ADMIN);
        allow(SUBMITTED, REJECT, REJECTED, ADMIN);

        allow(ASSIGNED, ACCEPT, ACCEPTED, HOLDER);
        allow(ASSIGNED, DECLINE, ASSIGNED, ASSIGNED_DEPUTY);
        allow(ASSIGNED, ESCALATE, ASSIGNED, SYSTEM_WHILE_DEPUTY_HOLDS);
        allow(ASSIGNED, EXPIRE, CLOSED, SYSTEM_WHILE_QUEUED);
        allow(ASSIGNED, ASSIGN, ASSIGNED, ADMIN);
        allow(ASSIGNED, REJECT, REJECTED, HOLDER, ADMIN);

        for (CaseStatus working : EnumSet.of(ACCEPTED, IN_PROGRESS, REOPENED)) {
            allow(working, REQUEST_INFO, AWAITING_INFO, HOLDER);
            allow(working, REFER, REFERRED, HOLDER);
            allow(working, RESPOND, RESPONDED, HOLDER);
            allow(working, ASSIGN, ASSIGNED, ADMIN);
        }
        allow(ACCEPTED, START_WORK, IN_PROGRESS, HOLDER);
        allow(REOPENED, START_WORK, IN_PROGRESS, HOLDER);
        allow(ACCEPTED, REJECT, REJECTED, HOLDER, ADMIN);
        allow(IN_PROGRESS, REJECT, REJECTED, HOLDER, ADMIN);
        // a supervised case is not the deputy's to refuse
        allow(REOPENED, REJECT, REJECTED, ADMIN);

        allow(AWAITING_INFO, PROVIDE_INFO, IN_PROGRESS, RESIDENT);
        allow(AWAITING_INFO, START_WORK, IN_PROGRESS, HOLDER);
        allow(AWAITING_INFO, REJECT, REJECTED, HOLDER, ADMIN);
        allow(AWAITING_INFO, EXPIRE, CLOSED, SYSTEM);

        allow(REFERRED, DEPARTMENT_REPLY, IN_PROGRESS, REFERRED_DEPARTMENT);
        allow(REFERRED, RECALL_REFERRAL, IN_PROGRESS, HOLDER);
        allow(REFERRED, REJECT, REJECTED, ADMIN);

        allow(RESPONDED, RATE, CLOSED, RESIDENT);
        allow(RESPONDED, CLOSE_UNRATED, CLOSED, SYSTEM);

        for (CaseStatus status : CaseStatus.values()) {
            if (status.isTerminal()) {
                continue;
            }
            allow(status, WITHDRAW, WITHDRAWN, RESIDENT);
            allow(status, ADD_MESSAGE, null, status == SUBMITTED
                    ? EnumSet.of(RESIDENT, ADMIN)
                    : EnumSet.of(RESIDENT, HOLDER, ADMIN, REFERRED_DEPARTMENT));
            // supervision (督办) and urging (催办) are notes to the holder: any open case, never a status change
            allow(status, SUPERVISE, null, ADMIN);
            allow(status, URGE, null, ADMIN);
            if (status != SUBMITTED && status != ASSIGNED && status != RESPONDED) {
                allow(status, MARK_OVERDUE, null, SYSTEM);
            }
        }
    }

    private CaseRules() {
    }

    private static void allow(CaseStatus from, CaseAction action, CaseStatus to, Party first, Party... rest) {
        allow(from, action, to, EnumSet.of(first, rest));
    }

    private static void allow(CaseStatus from, CaseAction action, CaseStatus to, Set<Party> parties) {
        Rule previous = RULES.computeIfAbsent(from, s -> new EnumMap<>(CaseAction.class))
                .put(action, new Rule(from, action, to, Set.copyOf(parties)));
        if (previous != null) {
            throw new IllegalStateException("two rules for " + from + " " + action);
        }
    }

    /** The rule for this action in this status if the actor may take it, else null. */
    static Rule find(CaseSnapshot current, CaseAction action, Actor actor) {
        Rule rule = RULES.getOrDefault(current.status(), Map.of()).get(action);
        if (rule == null) {
            return null;
        }
        for (Party party : rule.parties()) {
            if (party.includes(actor, current)) {
                return rule;
            }
        }
        return null;
    }
}
