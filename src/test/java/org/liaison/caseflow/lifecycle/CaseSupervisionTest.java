package org.liaison.caseflow.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Supervision (督办) and urging (催办): an administrator's internal notes to the holder of any open case. */
class CaseSupervisionTest {

    private final CaseStateMachine machine = new CaseStateMachine();

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"CLOSED", "REJECTED", "WITHDRAWN"}, mode = EnumSource.Mode.EXCLUDE)
    void anAdministratorMaySuperviseAndUrgeEveryOpenCaseWithoutChangingItsStatus(CaseStatus status) {
        CaseSnapshot held = new CaseSnapshot(status, status == CaseStatus.SUBMITTED ? null : 7L,
                status == CaseStatus.REFERRED ? 30L : null, 0);

        Transition supervised = machine.apply(held, CaseAction.SUPERVISE, Actor.admin());
        Transition urged = machine.apply(held, CaseAction.URGE, Actor.admin());

        assertThat(supervised.to()).isEqualTo(status);
        assertThat(supervised.effects()).containsExactly(CaseEffect.MARK_SUPERVISED);
        assertThat(urged.to()).isEqualTo(status);
        assertThat(urged.effects()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = CaseStatus.class, names = {"CLOSED", "REJECTED", "WITHDRAWN"})
    void anEndedCaseCannotBeSupervised(CaseStatus status) {
        CaseSnapshot ended = new CaseSnapshot(status, 7L, null, 0);

        assertThatThrownBy(() -> machine.apply(ended, CaseAction.SUPERVISE, Actor.admin()))
                .isInstanceOf(IllegalTransitionException.class);
        assertThatThrownBy(() -> machine.apply(ended, CaseAction.URGE, Actor.admin()))
                .isInstanceOf(IllegalTransitionException.class);
    }

    @Test
    void nobodyButAnAdministratorMaySuperviseOrUrge() {
        CaseSnapshot held = new CaseSnapshot(CaseStatus.IN_PROGRESS, 7L, 30L, 0);
        for (Actor actor : new Actor[]{Actor.deputy(7), Actor.resident(), Actor.department(30), Actor.system()}) {
            assertThat(machine.isAllowed(held, CaseAction.SUPERVISE, actor)).as(actor.toString()).isFalse();
            assertThat(machine.isAllowed(held, CaseAction.URGE, actor)).as(actor.toString()).isFalse();
        }
    }

    @Test
    void theResidentSeesNeitherTheEventNorItsNote() {
        for (CaseAction action : new CaseAction[]{CaseAction.SUPERVISE, CaseAction.URGE}) {
            assertThat(EventVisibility.eventPublic(action)).isFalse();
            assertThat(EventVisibility.notePublic(action, ActorKind.ADMIN)).isFalse();
        }
    }
}
