package org.liaison.caseflow.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.caseflow.lifecycle.CaseAction.*;
import static org.liaison.caseflow.lifecycle.CaseEffect.*;
import static org.liaison.caseflow.lifecycle.CaseStatus.*;

/** Ratings, the reopen cap and unrated closure. */
class CaseRatingTest {

    private static final Actor DEPUTY_7 = Actor.deputy(7);
    private final CaseStateMachine machine = new CaseStateMachine();

    @ParameterizedTest(name = "cap {0}, reopened {1} times, {2} -> {3}")
    @CsvSource({
            "2, 0, UNSATISFIED, REOPENED",
            "2, 1, UNSATISFIED, REOPENED",
            "2, 2, UNSATISFIED, CLOSED",
            "2, 5, UNSATISFIED, CLOSED",
            "0, 0, UNSATISFIED, CLOSED",
            "1, 0, UNSATISFIED, REOPENED",
            "1, 1, UNSATISFIED, CLOSED",
            "3, 2, UNSATISFIED, REOPENED",
            "2, 0, SATISFIED, CLOSED",
            "2, 2, SATISFIED, CLOSED",
            "2, 1, BASICALLY_SATISFIED, CLOSED",
            "0, 0, BASICALLY_SATISFIED, CLOSED",
    })
    void ratingClosesOrReopensWithinTheCap(int cap, int reopened, Rating rating, CaseStatus expected) {
        CaseSnapshot responded = new CaseSnapshot(RESPONDED, 7L, null, reopened);
        Transition transition = new CaseStateMachine(cap).rate(responded, Actor.resident(), rating);
        assertThat(transition.to()).isEqualTo(expected);
        if (expected == REOPENED) {
            assertThat(transition.effects())
                    .containsExactlyInAnyOrder(RECORD_RATING, MARK_SUPERVISED, COUNT_REOPENING, START_RESOLVE_CLOCK);
            assertThat(transition.closedAs()).isEmpty();
        } else {
            assertThat(transition.effects()).containsExactly(RECORD_RATING);
            assertThat(transition.closedAs()).contains(ClosedAs.valueOf(rating.name()));
        }
    }

    @Test
    void unsatisfiedRatingsReopenUpToTheCapThenCloseUnsatisfied() {
        CaseJourney journey = new CaseJourney(machine, 7L);
        journey.take(CaseAction.ROUTE, Actor.system());
        journey.take(ACCEPT, DEPUTY_7);
        journey.take(RESPOND, DEPUTY_7);

        for (int round = 1; round <= 2; round++) {
            assertThat(journey.rate(Rating.UNSATISFIED).to()).isEqualTo(REOPENED);
            assertThat(journey.snapshot).isEqualTo(new CaseSnapshot(REOPENED, 7L, null, round));
            assertThat(journey.supervised).isTrue();
            assertThat(machine.allowedActions(journey.snapshot, DEPUTY_7))
                    .containsExactly(START_WORK, REQUEST_INFO, REFER, RESPOND, ADD_MESSAGE);
            assertThat(machine.isAllowed(journey.snapshot, REJECT, Actor.admin())).isTrue();
            journey.take(round == 1 ? START_WORK : RESPOND, DEPUTY_7);
            if (round == 1) {
                journey.take(RESPOND, DEPUTY_7);
            }
        }
        Transition last = journey.rate(Rating.UNSATISFIED);
        assertThat(last.to()).isEqualTo(CLOSED);
        assertThat(last.closedAs()).contains(ClosedAs.UNSATISFIED);
        assertThat(journey.snapshot.reopenCount()).isEqualTo(2);
    }

    @Test
    void closingUnratedIsTheSystemsAndNobodyElses() {
        Transition closed = machine.apply(CaseSnapshot.of(RESPONDED, 7L), CLOSE_UNRATED, Actor.system());
        assertThat(closed.to()).isEqualTo(CLOSED);
        assertThat(closed.closedAs()).contains(ClosedAs.UNRATED);
        assertThat(closed.effects()).isEmpty();
        assertThat(machine.isAllowed(CaseSnapshot.of(RESPONDED, 7L), CLOSE_UNRATED, Actor.admin())).isFalse();
    }

    @Test
    void ratingNeedsTheVerdict() {
        CaseSnapshot responded = CaseSnapshot.of(RESPONDED, 7L);
        assertThatThrownBy(() -> machine.apply(responded, RATE, Actor.resident()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rate(");
        assertThatThrownBy(() -> machine.apply(responded, RATE, DEPUTY_7)).isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> machine.rate(CaseSnapshot.of(IN_PROGRESS, 7L), Actor.resident(), Rating.SATISFIED))
                .isInstanceOfSatisfying(IllegalTransitionException.class,
                        e -> assertThat(e.allowedActions()).containsExactly(WITHDRAW, ADD_MESSAGE));
    }
}
