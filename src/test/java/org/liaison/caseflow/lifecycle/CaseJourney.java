package org.liaison.caseflow.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A case followed through the state machine the way the service will: applies each transition's effects to a
 * snapshot and a clock. Routing answers come from a queue (null = the administrators' queue).
 */
final class CaseJourney {

    static final Instant T0 = Instant.parse("2026-03-17T01:00:00Z");
    static final ServiceLevel LEVEL = ServiceLevel.ofHours(24, 240, Duration.ofDays(7));

    final CaseStateMachine machine;
    final Deque<Long> routingAnswers = new ArrayDeque<>();
    final Set<Long> excluded = new LinkedHashSet<>();
    final List<Transition> history = new ArrayList<>();
    CaseSnapshot snapshot = CaseSnapshot.submitted();
    CaseClock clock = CaseClock.NOT_STARTED;
    boolean supervised;
    Instant now = T0;

    CaseJourney(CaseStateMachine machine, Long... routingAnswers) {
        this.machine = machine;
        for (Long answer : routingAnswers) {
            this.routingAnswers.add(answer == null ? -1L : answer);
        }
    }

    CaseJourney after(Duration elapsed) {
        now = now.plus(elapsed);
        return this;
    }

    Transition take(CaseAction action, Actor actor) {
        return take(action, actor, null);
    }

    /** {@code target}: the deputy an administrator assigns, or the department referred to. */
    Transition take(CaseAction action, Actor actor, Long target) {
        return record(machine.apply(snapshot, action, actor), target);
    }

    Transition rate(Rating rating) {
        return record(machine.rate(snapshot, Actor.resident(), rating), null);
    }

    private Transition record(Transition transition, Long target) {
        Long deputy = snapshot.assignedDeputyId();
        Long department = snapshot.referralDepartmentId();
        int reopenCount = snapshot.reopenCount();
        if (transition.has(CaseEffect.EXCLUDE_ASSIGNEE)) {
            excluded.add(deputy);
        }
        if (transition.has(CaseEffect.RUN_ROUTING)) {
            long answer = routingAnswers.removeFirst();
            deputy = answer < 0 ? null : answer;
        }
        if (transition.has(CaseEffect.ASSIGN_CHOSEN_DEPUTY)) {
            deputy = target;
        }
        if (transition.has(CaseEffect.OPEN_REFERRAL)) {
            department = target;
        }
        if (transition.has(CaseEffect.CLOSE_REFERRAL)) {
            department = null;
        }
        if (transition.has(CaseEffect.COUNT_REOPENING)) {
            reopenCount++;
        }
        supervised |= transition.has(CaseEffect.MARK_SUPERVISED);
        snapshot = new CaseSnapshot(transition.to(), deputy, department, reopenCount);
        clock = clock.follow(transition, now, LEVEL);
        history.add(transition);
        return transition;
    }
}
