package org.liaison.caseflow.lifecycle;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * EXPIRE: the system closes a case that waited too long for the resident (AWAITING_INFO) or for anyone to take it
 * from the administrators' queue, so it ends and its personal data is scrubbed like any other ended case.
 */
class CaseExpiryTest {

    private final CaseStateMachine machine = new CaseStateMachine();

    @ParameterizedTest(name = "{0}, deputy {1}")
    @CsvSource(nullValues = "null", value = {"AWAITING_INFO, 7", "AWAITING_INFO, null", "ASSIGNED, null"})
    void aCaseWaitingTooLongClosesAsExpired(CaseStatus status, Long deputy) {
        Transition t = machine.apply(CaseSnapshot.of(status, deputy), CaseAction.EXPIRE, Actor.system());
        assertThat(t.to()).isEqualTo(CaseStatus.CLOSED);
        assertThat(t.closedAs()).isEqualTo(Optional.of(ClosedAs.EXPIRED));
        assertThat(t.has(CaseEffect.RESUME_CLOCK)).isEqualTo(status == CaseStatus.AWAITING_INFO);
        assertThat(t.has(CaseEffect.RUN_ROUTING)).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"SUBMITTED", "ACCEPTED", "IN_PROGRESS", "REFERRED", "RESPONDED",
            "REOPENED", "CLOSED", "REJECTED", "WITHDRAWN"})
    void noOtherStatusExpires(CaseStatus status) {
        Long deputy = status == CaseStatus.SUBMITTED ? null : 7L;
        CaseSnapshot snapshot = new CaseSnapshot(status, deputy, 3L, 0);
        assertThat(machine.isAllowed(snapshot, CaseAction.EXPIRE, Actor.system())).isFalse();
    }

    @ParameterizedTest
    @CsvSource({"ASSIGNED", "AWAITING_INFO"})
    void onlyTheSystemExpiresACase(CaseStatus status) {
        CaseSnapshot queued = CaseSnapshot.of(status, null);
        for (Actor actor : new Actor[]{Actor.admin(), Actor.resident(), Actor.deputy(7), Actor.department(3)}) {
            assertThatThrownBy(() -> machine.apply(queued, CaseAction.EXPIRE, actor))
                    .isInstanceOf(IllegalTransitionException.class);
        }
    }

    @org.junit.jupiter.api.Test
    void aCaseADeputyHoldsIsEscalatedNotExpired() {
        assertThat(machine.isAllowed(CaseSnapshot.of(CaseStatus.ASSIGNED, 7L), CaseAction.EXPIRE, Actor.system())).isFalse();
    }

    @org.junit.jupiter.api.Test
    void theExpiryIsOnTheResidentsTimelineWithoutANote() {
        assertThat(EventVisibility.eventPublic(CaseAction.EXPIRE)).isTrue();
        assertThat(EventVisibility.notePublic(CaseAction.EXPIRE, ActorKind.SYSTEM)).isFalse();
    }
}
