package org.liaison.caseflow.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Duration;
import java.util.EnumSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.caseflow.lifecycle.CaseAction.*;
import static org.liaison.caseflow.lifecycle.CaseEffect.*;
import static org.liaison.caseflow.lifecycle.CaseStatus.*;

class CaseStateMachineTest {

    private static final Actor DEPUTY_7 = Actor.deputy(7);
    private static final Actor DEPUTY_8 = Actor.deputy(8);
    private final CaseStateMachine machine = new CaseStateMachine();

    @Test
    void happyPathFromSubmissionToSatisfiedClosure() {
        CaseJourney journey = new CaseJourney(machine, 7L);

        Transition routed = journey.take(CaseAction.ROUTE, Actor.system());
        assertThat(routed.to()).isEqualTo(ASSIGNED);
        assertThat(routed.effects()).containsExactlyInAnyOrder(CaseEffect.RUN_ROUTING, START_ACCEPT_CLOCK, START_RESOLVE_CLOCK);
        assertThat(journey.snapshot.assignedDeputyId()).isEqualTo(7L);

        assertThat(journey.after(Duration.ofHours(2)).take(ACCEPT, DEPUTY_7).effects()).containsExactly(RECORD_ACCEPTANCE);
        assertThat(journey.take(START_WORK, DEPUTY_7).to()).isEqualTo(IN_PROGRESS);
        assertThat(journey.take(REFER, DEPUTY_7, 30L).effects()).containsExactly(OPEN_REFERRAL);
        assertThat(journey.snapshot).isEqualTo(new CaseSnapshot(REFERRED, 7L, 30L, 0));
        assertThat(machine.allowedActions(journey.snapshot, DEPUTY_7)).containsExactly(RECALL_REFERRAL, ADD_MESSAGE);
        assertThat(machine.allowedActions(journey.snapshot, Actor.department(30)))
                .containsExactly(DEPARTMENT_REPLY, ADD_MESSAGE);

        Transition reply = journey.take(DEPARTMENT_REPLY, Actor.department(30));
        assertThat(reply.to()).isEqualTo(IN_PROGRESS);
        assertThat(reply.effects()).containsExactly(CLOSE_REFERRAL);
        assertThat(journey.take(RESPOND, DEPUTY_7).effects()).containsExactly(RECORD_RESPONSE);

        Transition rated = journey.rate(Rating.SATISFIED);
        assertThat(rated.to()).isEqualTo(CLOSED);
        assertThat(rated.closedAs()).contains(ClosedAs.SATISFIED);
        assertThat(rated.effects()).containsExactly(RECORD_RATING);
        assertThat(journey.history).extracting(Transition::action)
                .containsExactly(CaseAction.ROUTE, ACCEPT, START_WORK, REFER, DEPARTMENT_REPLY, RESPOND, RATE);
        for (Actor anyone : new Actor[]{Actor.resident(), DEPUTY_7, Actor.admin(), Actor.system(), Actor.department(30)}) {
            assertThat(machine.allowedActions(journey.snapshot, anyone)).isEmpty();
        }
    }

    @Test
    void startWorkIsOptional() {
        CaseSnapshot accepted = CaseSnapshot.of(ACCEPTED, 7L);
        assertThat(machine.apply(accepted, RESPOND, DEPUTY_7).to()).isEqualTo(RESPONDED);
        assertThat(machine.apply(accepted, REFER, DEPUTY_7).to()).isEqualTo(REFERRED);
        assertThat(machine.apply(accepted, REQUEST_INFO, DEPUTY_7).to()).isEqualTo(AWAITING_INFO);
    }

    @Test
    void declineReroutesToTheNextDeputyThenToTheAdministratorsQueue() {
        CaseJourney journey = new CaseJourney(machine, 7L, 8L, null);
        journey.take(CaseAction.ROUTE, Actor.system());

        Transition declined = journey.after(Duration.ofHours(1)).take(DECLINE, DEPUTY_7);
        assertThat(declined.from()).isEqualTo(ASSIGNED);
        assertThat(declined.to()).isEqualTo(ASSIGNED);
        assertThat(declined.effects()).containsExactlyInAnyOrder(EXCLUDE_ASSIGNEE, CaseEffect.RUN_ROUTING, START_ACCEPT_CLOCK);
        assertThat(journey.snapshot.assignedDeputyId()).isEqualTo(8L);
        assertThat(journey.excluded).containsExactly(7L);
        assertThat(machine.allowedActions(journey.snapshot, DEPUTY_7)).isEmpty();
        assertThat(machine.allowedActions(journey.snapshot, DEPUTY_8)).containsExactly(ACCEPT, DECLINE, REJECT, ADD_MESSAGE);

        journey.take(DECLINE, DEPUTY_8);
        assertThat(journey.excluded).containsExactly(7L, 8L);
        assertThat(journey.snapshot.heldByAdministrators()).isTrue();
        assertThat(machine.allowedActions(journey.snapshot, DEPUTY_8)).isEmpty();
        assertThat(machine.allowedActions(journey.snapshot, Actor.admin()))
                .containsExactly(ASSIGN, ACCEPT, REJECT, ADD_MESSAGE, SUPERVISE, URGE);
        // the queue is the end of the line: no escalation, only the expiry once CASE_QUEUE_TIMEOUT has passed
        assertThat(machine.allowedActions(journey.snapshot, Actor.system())).containsExactly(CaseAction.EXPIRE);

        journey.take(ACCEPT, Actor.admin());
        assertThat(machine.allowedActions(journey.snapshot, Actor.admin()))
                .containsExactly(ASSIGN, START_WORK, REQUEST_INFO, REFER, RESPOND, REJECT, ADD_MESSAGE, SUPERVISE, URGE);
    }

    @Test
    void escalationReroutesLikeADeclineButOnlyWhileADeputyHoldsTheCase() {
        Transition escalated = machine.apply(CaseSnapshot.of(ASSIGNED, 7L), ESCALATE, Actor.system());
        assertThat(escalated.to()).isEqualTo(ASSIGNED);
        assertThat(escalated.effects()).containsExactlyInAnyOrder(EXCLUDE_ASSIGNEE, CaseEffect.RUN_ROUTING, START_ACCEPT_CLOCK);
        assertThat(machine.isAllowed(CaseSnapshot.of(ASSIGNED, null), ESCALATE, Actor.system())).isFalse();
        assertThat(machine.isAllowed(CaseSnapshot.of(ASSIGNED, null), DECLINE, Actor.admin())).isFalse();
    }

    @Test
    void adminAssignmentStartsTheResolveClockOnlyForAnUnroutedCase() {
        assertThat(machine.apply(CaseSnapshot.submitted(), ASSIGN, Actor.admin()).effects())
                .containsExactlyInAnyOrder(ASSIGN_CHOSEN_DEPUTY, START_ACCEPT_CLOCK, START_RESOLVE_CLOCK);
        for (CaseStatus from : EnumSet.of(ASSIGNED, ACCEPTED, IN_PROGRESS, REOPENED)) {
            Transition reassigned = machine.apply(CaseSnapshot.of(from, 7L), ASSIGN, Actor.admin());
            assertThat(reassigned.to()).isEqualTo(ASSIGNED);
            assertThat(reassigned.effects()).containsExactlyInAnyOrder(ASSIGN_CHOSEN_DEPUTY, START_ACCEPT_CLOCK);
        }
    }

    @Test
    void awaitingInfoPausesAndEveryWayOutResumes() {
        CaseSnapshot working = CaseSnapshot.of(IN_PROGRESS, 7L);
        assertThat(machine.apply(working, REQUEST_INFO, DEPUTY_7).effects()).containsExactly(PAUSE_CLOCK);

        CaseSnapshot waiting = CaseSnapshot.of(AWAITING_INFO, 7L);
        assertThat(machine.allowedActions(waiting, Actor.resident())).containsExactly(PROVIDE_INFO, WITHDRAW, ADD_MESSAGE);
        assertThat(machine.apply(waiting, PROVIDE_INFO, Actor.resident()).effects()).containsExactly(RESUME_CLOCK);
        assertThat(machine.apply(waiting, PROVIDE_INFO, Actor.resident()).to()).isEqualTo(IN_PROGRESS);
        assertThat(machine.apply(waiting, START_WORK, DEPUTY_7).effects()).containsExactly(RESUME_CLOCK);
        assertThat(machine.apply(waiting, WITHDRAW, Actor.resident()).effects()).containsExactly(RESUME_CLOCK);
        assertThat(machine.apply(waiting, REJECT, DEPUTY_7).effects()).containsExactly(RESUME_CLOCK);
        assertThat(machine.apply(waiting, ADD_MESSAGE, Actor.resident()).effects()).isEmpty();
        assertThat(machine.apply(waiting, MARK_OVERDUE, Actor.system()).effects()).containsExactly(MARK_SUPERVISED);
        assertThat(machine.isAllowed(waiting, RESPOND, DEPUTY_7)).isFalse();
    }

    @Test
    void everyWayOutOfAReferralClosesIt() {
        CaseSnapshot referred = new CaseSnapshot(REFERRED, 7L, 30L, 0);
        assertThat(machine.apply(referred, DEPARTMENT_REPLY, Actor.department(30)).effects()).containsExactly(CLOSE_REFERRAL);
        assertThat(machine.apply(referred, RECALL_REFERRAL, DEPUTY_7).effects()).containsExactly(CLOSE_REFERRAL);
        assertThat(machine.apply(referred, WITHDRAW, Actor.resident()).effects()).containsExactly(CLOSE_REFERRAL);
        assertThat(machine.apply(referred, REJECT, Actor.admin()).effects()).containsExactly(CLOSE_REFERRAL);
        assertThat(machine.apply(referred, ADD_MESSAGE, Actor.department(30)).effects()).isEmpty();
        assertThat(machine.allowedActions(referred, Actor.department(31))).isEmpty();
    }

    @Test
    void aReferredCaseCannotBeAnsweredDirectly() {
        CaseSnapshot referred = new CaseSnapshot(REFERRED, 7L, 30L, 0);
        assertThatThrownBy(() -> machine.apply(referred, RESPOND, DEPUTY_7))
                .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                    assertThat(e.status()).isEqualTo(REFERRED);
                    assertThat(e.allowedActions()).containsExactly(RECALL_REFERRAL, ADD_MESSAGE);
                    assertThat(e.getMessage()).isEqualTo("RESPOND is not allowed for DEPUTY 7 on a case in status"
                            + " REFERRED; allowed now: [RECALL_REFERRAL, ADD_MESSAGE]");
                });
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"CLOSED", "REJECTED", "WITHDRAWN"})
    void terminalStatesAllowNothingNotEvenAMessage(CaseStatus terminal) {
        CaseSnapshot snapshot = new CaseSnapshot(terminal, 7L, 30L, 1);
        for (Actor actor : new Actor[]{Actor.resident(), DEPUTY_7, DEPUTY_8, Actor.department(30), Actor.admin(), Actor.system()}) {
            assertThat(machine.allowedActions(snapshot, actor)).isEmpty();
            assertThatThrownBy(() -> machine.apply(snapshot, ADD_MESSAGE, actor))
                    .isInstanceOfSatisfying(IllegalTransitionException.class,
                            e -> assertThat(e.allowedActions()).isEmpty());
        }
        assertThat(terminal.isTerminal()).isTrue();
    }

    @Test
    void onlyTerminalStatusesAreTerminal() {
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(CaseStatus::isTerminal))
                .containsExactly(CLOSED, REJECTED, WITHDRAWN);
    }

    @ParameterizedTest
    @EnumSource(CaseStatus.class)
    void anotherDeputyMayNeverDoAnything(CaseStatus status) {
        Long holder = status == SUBMITTED ? null : 7L;
        assertThat(machine.allowedActions(new CaseSnapshot(status, holder, 30L, 0), DEPUTY_8)).isEmpty();
    }

    @Test
    void markingOverdueSupervisesWithoutMovingTheCase() {
        Transition marked = machine.apply(CaseSnapshot.of(IN_PROGRESS, 7L), MARK_OVERDUE, Actor.system());
        assertThat(marked.to()).isEqualTo(marked.from());
        assertThat(marked.effects()).containsExactly(MARK_SUPERVISED);
    }
}
