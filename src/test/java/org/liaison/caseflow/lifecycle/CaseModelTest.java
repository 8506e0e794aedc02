package org.liaison.caseflow.lifecycle;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.caseflow.lifecycle.CaseAction.*;
import static org.liaison.caseflow.lifecycle.CaseEffect.*;
import static org.liaison.caseflow.lifecycle.CaseStatus.*;

/** Actors, snapshots and transitions refuse what cannot be right. */
class CaseModelTest {

    private static final Actor DEPUTY_7 = Actor.deputy(7);
    private final CaseStateMachine machine = new CaseStateMachine();

    @Test
    void inputsAreValidated() {
        assertThatThrownBy(() -> new CaseStateMachine(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseSnapshot(SUBMITTED, 7L, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseSnapshot(REFERRED, 7L, null, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CaseSnapshot(ASSIGNED, 7L, null, -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(ActorKind.DEPUTY, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Actor(ActorKind.RESIDENT, 3L)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Transition(RESPONDED, RATE, CLOSED, EnumSet.noneOf(CaseEffect.class), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(new CaseStateMachine().maxReopenings()).isEqualTo(CaseStateMachine.DEFAULT_MAX_REOPENINGS);
        assertThat(Actor.deputy(7).toString()).isEqualTo("DEPUTY 7");
        assertThat(Actor.admin().toString()).isEqualTo("ADMIN");
        assertThat(CaseSnapshot.of(ASSIGNED, null).heldByAdministrators()).isTrue();
        assertThat(CaseSnapshot.submitted().heldByAdministrators()).isFalse();
    }

    @Test
    void transitionEffectsCannotBeChangedByTheCaller() {
        Transition transition = machine.apply(CaseSnapshot.of(ASSIGNED, 7L), ACCEPT, DEPUTY_7);
        assertThatThrownBy(() -> transition.effects().add(MARK_SUPERVISED)).isInstanceOf(UnsupportedOperationException.class);
    }
}
