package org.liaison.caseflow.lifecycle;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A case's deadlines (SLA clock), immutable, one column each so the sweeps are plain SQL: a deadline is running
 * exactly when its instant is non-null, and the clock is paused exactly when {@code pausedAt} is non-null.
 * <ul>
 *   <li>accept: routed time + accept hours; every re-routing (DECLINE, ESCALATE, ASSIGN) starts a fresh one;
 *       met (cleared) on ACCEPT.</li>
 *   <li>resolve: first routed time + resolve hours; met (cleared) on RESPOND; a reopening starts a fresh one.</li>
 *   <li>rating: response time + rating window; CLOSE_UNRATED once it has passed.</li>
 * </ul>
 * Time spent in AWAITING_INFO does not count: while paused the clock is frozen at {@code pausedAt}, and resuming
 * shifts every running deadline by the paused duration. A deadline is overdue strictly after its instant; the
 * deadline sweep decides that in SQL (DueCases), from these columns.
 *
 * @param acceptDueAt  when the case must be accepted by, or null
 * @param resolveDueAt when the case must be responded to by, or null
 * @param rateDueAt    when the rating window closes, or null
 * @param pausedAt     when the current pause began, or null
 * @param pausedTotal  all time spent paused so far (for statistics)
 */
public record CaseClock(Instant acceptDueAt, Instant resolveDueAt, Instant rateDueAt, Instant pausedAt,
                        Duration pausedTotal) {

    /** A case not yet routed: no deadline runs. */
    public static final CaseClock NOT_STARTED = new CaseClock(null, null, null, null, Duration.ZERO);

    public CaseClock {
        Objects.requireNonNull(pausedTotal, "pausedTotal");
        if (pausedTotal.isNegative()) {
            throw new IllegalArgumentException("pausedTotal must not be negative");
        }
    }

    /** The clock of a case routed at {@code routedAt}: accept and resolve deadlines both run. */
    public static CaseClock started(Instant routedAt, ServiceLevel level) {
        return NOT_STARTED.withResolveFrom(routedAt, level).withAcceptFrom(routedAt, level);
    }

    /** A fresh accept deadline from {@code at}; the resolve deadline keeps running (re-routing). */
    public CaseClock withAcceptFrom(Instant at, ServiceLevel level) {
        return new CaseClock(at.plus(level.acceptWithin()), resolveDueAt, rateDueAt, pausedAt, pausedTotal);
    }

    /** A fresh resolve deadline from {@code at}, closing any rating window (first routing, reopening). */
    public CaseClock withResolveFrom(Instant at, ServiceLevel level) {
        return new CaseClock(acceptDueAt, at.plus(level.resolveWithin()), null, pausedAt, pausedTotal);
    }

    /** The accept deadline is met. */
    public CaseClock accepted() {
        return new CaseClock(null, resolveDueAt, rateDueAt, pausedAt, pausedTotal);
    }

    /** The resolve deadline is met; the rating window opens at {@code at}. */
    public CaseClock responded(Instant at, ServiceLevel level) {
        return new CaseClock(acceptDueAt, null, at.plus(level.rateWithin()), pausedAt, pausedTotal);
    }

    /** The clock stops at {@code at} (the case waits for the resident). */
    public CaseClock paused(Instant at) {
        Objects.requireNonNull(at, "at");
        if (isPaused()) {
            throw new IllegalStateException("the clock is already paused since " + pausedAt);
        }
        return new CaseClock(acceptDueAt, resolveDueAt, rateDueAt, at, pausedTotal);
    }

    /** The clock restarts at {@code at}; every running deadline moves later by the time spent paused. */
    public CaseClock resumed(Instant at) {
        if (!isPaused()) {
            throw new IllegalStateException("the clock is not paused");
        }
        if (at.isBefore(pausedAt)) {
            throw new IllegalArgumentException("cannot resume at " + at + ", before the pause at " + pausedAt);
        }
        Duration paused = Duration.between(pausedAt, at);
        return new CaseClock(shift(acceptDueAt, paused), shift(resolveDueAt, paused), shift(rateDueAt, paused),
                null, pausedTotal.plus(paused));
    }

    /** The case ended at {@code at}: no deadline runs any more; a running pause is counted. */
    public CaseClock finished(Instant at) {
        CaseClock clock = isPaused() ? resumed(at) : this;
        return new CaseClock(null, null, null, null, clock.pausedTotal);
    }

    /**
     * The clock after a transition taken at {@code at}: applies its clock effects (and {@link #finished} when the
     * case reaches a terminal status), so the caller never has to map effects to clock moves by hand.
     */
    public CaseClock follow(Transition transition, Instant at, ServiceLevel level) {
        CaseClock clock = this;
        if (transition.has(CaseEffect.RESUME_CLOCK)) {
            clock = clock.resumed(at);
        }
        if (transition.has(CaseEffect.START_RESOLVE_CLOCK)) {
            clock = clock.withResolveFrom(at, level);
        }
        if (transition.has(CaseEffect.START_ACCEPT_CLOCK)) {
            clock = clock.withAcceptFrom(at, level);
        }
        if (transition.has(CaseEffect.RECORD_ACCEPTANCE)) {
            clock = clock.accepted();
        }
        if (transition.has(CaseEffect.RECORD_RESPONSE)) {
            clock = clock.responded(at, level);
        }
        if (transition.has(CaseEffect.PAUSE_CLOCK)) {
            clock = clock.paused(at);
        }
        return transition.to().isTerminal() ? clock.finished(at) : clock;
    }

    public boolean isPaused() {
        return pausedAt != null;
    }

    private static Instant shift(Instant due, Duration by) {
        return due == null ? null : due.plus(by);
    }
}
