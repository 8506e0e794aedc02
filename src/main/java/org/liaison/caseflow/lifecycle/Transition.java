package org.liaison.caseflow.lifecycle;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The outcome of a legal action: the next status and what else must change.
 *
 * @param from     the status before
 * @param action   the action taken
 * @param to       the status after (equal to {@code from} for ADD_MESSAGE, MARK_OVERDUE, DECLINE and ESCALATE)
 * @param effects  what the caller must do besides setting the status
 * @param closedAs how the case ended, present exactly when {@code to} is CLOSED
 */
public record Transition(CaseStatus from, CaseAction action, CaseStatus to, Set<CaseEffect> effects,
                         Optional<ClosedAs> closedAs) {

    public Transition {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(closedAs, "closedAs");
        EnumSet<CaseEffect> copy = EnumSet.noneOf(CaseEffect.class);
        copy.addAll(effects);
        effects = Collections.unmodifiableSet(copy);
        if (closedAs.isPresent() != (to == CaseStatus.CLOSED)) {
            throw new IllegalArgumentException("closedAs is present exactly when the case closes");
        }
    }

    public boolean has(CaseEffect effect) {
        return effects.contains(effect);
    }
}
