package org.liaison.caseflow.lifecycle;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseClockTest {

    private static final Instant T0 = Instant.parse("2026-03-17T01:00:00Z");
    private static final ServiceLevel LEVEL = ServiceLevel.ofHours(24, 100, Duration.ofDays(7));

    private static Instant hour(long hours) {
        return T0.plus(Duration.ofHours(hours));
    }

    // The deadline sweep decides overdue in SQL (DueCases) from the clock's columns; these mirror its conditions:
    // a deadline is overdue strictly after its instant, and a paused clock is frozen where it stopped.
    private static Instant frozen(CaseClock clock, Instant now) {
        return clock.isPaused() && now.isAfter(clock.pausedAt()) ? clock.pausedAt() : now;
    }

    private static boolean overdue(CaseClock clock, Instant due, Instant now) {
        return due != null && frozen(clock, now).isAfter(due);
    }

    private static boolean acceptOverdue(CaseClock clock, Instant now) {
        return overdue(clock, clock.acceptDueAt(), now);
    }

    private static boolean resolveOverdue(CaseClock clock, Instant now) {
        return overdue(clock, clock.resolveDueAt(), now);
    }

    private static boolean ratingWindowOver(CaseClock clock, Instant now) {
        return overdue(clock, clock.rateDueAt(), now);
    }

    /** Where the resolve deadline stands at {@code now}: while paused it moves later with every passing moment. */
    private static java.util.Optional<Instant> projectedResolveDeadline(CaseClock clock, Instant now) {
        Instant due = clock.resolveDueAt();
        return due == null ? java.util.Optional.empty()
                : java.util.Optional.of(due.plus(Duration.between(frozen(clock, now), now)));
    }

    private static Duration pausedUntil(CaseClock clock, Instant now) {
        return clock.pausedTotal().plus(Duration.between(frozen(clock, now), now));
    }

    @Test
    void startedClockRunsBothDeadlinesFromTheRoutedTime() {
        CaseClock clock = CaseClock.started(T0, LEVEL);
        assertThat(clock.acceptDueAt()).isEqualTo(hour(24));
        assertThat(clock.resolveDueAt()).isEqualTo(hour(100));
        assertThat(clock.rateDueAt()).isNull();
        assertThat(clock.isPaused()).isFalse();
        assertThat(clock.pausedTotal()).isZero();
    }

    @Test
    void overdueIsStrictlyAfterTheDeadline() {
        CaseClock clock = CaseClock.started(T0, LEVEL);
        assertThat(acceptOverdue(clock, hour(23))).isFalse();
        assertThat(acceptOverdue(clock, hour(24))).isFalse();
        assertThat(acceptOverdue(clock, hour(24).plusNanos(1))).isTrue();
        assertThat(resolveOverdue(clock, hour(100))).isFalse();
        assertThat(resolveOverdue(clock, hour(100).plusMillis(1))).isTrue();
    }

    @Test
    void aClockNotStartedIsNeverOverdue() {
        Instant farFuture = hour(1_000_000);
        assertThat(acceptOverdue(CaseClock.NOT_STARTED, farFuture)).isFalse();
        assertThat(resolveOverdue(CaseClock.NOT_STARTED, farFuture)).isFalse();
        assertThat(ratingWindowOver(CaseClock.NOT_STARTED, farFuture)).isFalse();
        assertThat(projectedResolveDeadline(CaseClock.NOT_STARTED, farFuture)).isEmpty();
    }

    /**
     * Routed at hour 0 with 100 hours to resolve. Pauses are "from-to" in hours ("from-" is still running), each
     * checked at an hour after the last resume; time paused does not count.
     */
    @ParameterizedTest(name = "pauses [{0}], at hour {1}: overdue {2}, deadline {3}")
    @CsvSource(delimiter = '|', value = {
            "                | 100  | false | 100",
            "                | 101  | true  | 100",
            "10-20           | 105  | false | 110",
            "10-20           | 110  | false | 110",
            "10-20           | 111  | true  | 110",
            "10-20;30-45     | 125  | false | 125",
            "10-20;30-45     | 126  | true  | 125",
            "10-20;30-45;50- | 126  | false | 201",
            "90-150          | 150  | false | 160",
            "90-150          | 160  | false | 160",
            "90-150          | 161  | true  | 160",
            "100-150         | 150  | false | 150",
            "100-150         | 151  | true  | 150",
            "110-150         | 150  | true  | 140",
            "110-150         | 200  | true  | 140",
            "50-50           | 101  | true  | 100",
            "0-100           | 150  | false | 200",
            "0-100           | 201  | true  | 200",
            "90-             | 1000 | false | 1010",
            "101-            | 1000 | true  | 999",
            "101-            | 101  | true  | 100",
    })
    void timeAwaitingInformationDoesNotCount(String pauses, long atHour, boolean overdue, long deadlineHour) {
        CaseClock clock = CaseClock.started(T0, LEVEL).accepted();
        long pausedHours = 0;
        for (String pause : pauses == null ? new String[0] : pauses.split(";")) {
            String[] ends = pause.split("-", -1);
            clock = clock.paused(hour(Long.parseLong(ends[0])));
            if (!ends[1].isEmpty()) {
                clock = clock.resumed(hour(Long.parseLong(ends[1])));
                pausedHours += Long.parseLong(ends[1]) - Long.parseLong(ends[0]);
            }
        }
        assertThat(resolveOverdue(clock, hour(atHour))).isEqualTo(overdue);
        assertThat(projectedResolveDeadline(clock, hour(atHour))).contains(hour(deadlineHour));
        if (!clock.isPaused()) {
            assertThat(clock.pausedTotal()).isEqualTo(Duration.ofHours(pausedHours));
        }
    }

    @Test
    void resumingShiftsEveryRunningDeadline() {
        CaseClock clock = CaseClock.started(T0, LEVEL).paused(hour(5)).resumed(hour(8));
        assertThat(clock.acceptDueAt()).isEqualTo(hour(27));
        assertThat(clock.resolveDueAt()).isEqualTo(hour(103));
        assertThat(clock.pausedTotal()).isEqualTo(Duration.ofHours(3));
    }

    @Test
    void whilePausedTheClockIsFrozenAndTheDeadlineMovesLater() {
        CaseClock clock = CaseClock.started(T0, LEVEL).accepted().paused(hour(60));
        assertThat(clock.isPaused()).isTrue();
        assertThat(clock.resolveDueAt()).isEqualTo(hour(100));
        assertThat(projectedResolveDeadline(clock, hour(70))).contains(hour(110));
        assertThat(projectedResolveDeadline(clock, hour(500))).contains(hour(540));
        assertThat(resolveOverdue(clock, hour(500))).isFalse();
        assertThat(pausedUntil(clock, hour(70))).isEqualTo(Duration.ofHours(10));
        assertThat(projectedResolveDeadline(clock, hour(50))).contains(hour(100));
    }

    @Test
    void reroutingGivesAFreshAcceptDeadlineAndKeepsTheResolveDeadline() {
        CaseClock clock = CaseClock.started(T0, LEVEL);
        assertThat(acceptOverdue(clock, hour(30))).isTrue();
        CaseClock rerouted = clock.withAcceptFrom(hour(30), LEVEL);
        assertThat(rerouted.acceptDueAt()).isEqualTo(hour(54));
        assertThat(rerouted.resolveDueAt()).isEqualTo(hour(100));
        assertThat(acceptOverdue(rerouted, hour(31))).isFalse();
    }

    @Test
    void metDeadlinesStopRunning() {
        CaseClock accepted = CaseClock.started(T0, LEVEL).accepted();
        assertThat(accepted.acceptDueAt()).isNull();
        assertThat(acceptOverdue(accepted, hour(1000))).isFalse();

        CaseClock responded = accepted.responded(hour(50), LEVEL);
        assertThat(responded.resolveDueAt()).isNull();
        assertThat(resolveOverdue(responded, hour(1000))).isFalse();
        assertThat(responded.rateDueAt()).isEqualTo(hour(50 + 7 * 24));
        assertThat(ratingWindowOver(responded, hour(50 + 7 * 24))).isFalse();
        assertThat(ratingWindowOver(responded, hour(50 + 7 * 24 + 1))).isTrue();
    }

    @Test
    void finishingAPausedClockCountsThePauseAndStopsEverything() {
        CaseClock finished = CaseClock.started(T0, LEVEL).paused(hour(10)).finished(hour(14));
        assertThat(finished).isEqualTo(new CaseClock(null, null, null, null, Duration.ofHours(4)));
    }

    @Test
    void misuseIsRefused() {
        CaseClock paused = CaseClock.started(T0, LEVEL).paused(hour(10));
        assertThatThrownBy(() -> paused.paused(hour(11))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> paused.resumed(hour(9))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CaseClock.started(T0, LEVEL).resumed(hour(1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> new CaseClock(null, null, null, null, Duration.ofHours(-1)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceLevel.ofHours(0, 10, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ServiceLevel.ofHours(1, 10, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceLevel(Duration.ofHours(1), Duration.ofHours(-1), Duration.ofDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theClockFollowsTheStateMachineThroughAWholeCase() {
        CaseStateMachine machine = new CaseStateMachine();
        CaseJourney journey = new CaseJourney(machine, 7L, 8L);
        ServiceLevel level = CaseJourney.LEVEL;
        Instant t0 = CaseJourney.T0;

        journey.take(CaseAction.ROUTE, Actor.system());
        assertThat(journey.clock.acceptDueAt()).isEqualTo(t0.plus(level.acceptWithin()));
        assertThat(journey.clock.resolveDueAt()).isEqualTo(t0.plus(level.resolveWithin()));

        journey.after(Duration.ofHours(25));
        assertThat(acceptOverdue(journey.clock, journey.now)).isTrue();
        journey.take(CaseAction.ESCALATE, Actor.system());
        assertThat(journey.snapshot.assignedDeputyId()).isEqualTo(8L);
        assertThat(journey.clock.acceptDueAt()).isEqualTo(t0.plus(Duration.ofHours(25 + 24)));
        assertThat(journey.clock.resolveDueAt()).isEqualTo(t0.plus(level.resolveWithin()));

        journey.after(Duration.ofHours(1)).take(CaseAction.ACCEPT, Actor.deputy(8));
        assertThat(journey.clock.acceptDueAt()).isNull();

        journey.after(Duration.ofHours(10)).take(CaseAction.REQUEST_INFO, Actor.deputy(8));
        assertThat(journey.clock.pausedAt()).isEqualTo(journey.now);
        journey.after(Duration.ofHours(300));
        assertThat(resolveOverdue(journey.clock, journey.now)).isFalse();
        journey.take(CaseAction.PROVIDE_INFO, Actor.resident());
        assertThat(journey.clock.isPaused()).isFalse();
        assertThat(journey.clock.pausedTotal()).isEqualTo(Duration.ofHours(300));
        assertThat(journey.clock.resolveDueAt()).isEqualTo(t0.plus(Duration.ofHours(240 + 300)));

        journey.after(Duration.ofHours(5)).take(CaseAction.RESPOND, Actor.deputy(8));
        assertThat(journey.clock.resolveDueAt()).isNull();
        assertThat(journey.clock.rateDueAt()).isEqualTo(journey.now.plus(level.rateWithin()));

        journey.after(Duration.ofHours(3)).rate(Rating.UNSATISFIED);
        assertThat(journey.clock.rateDueAt()).isNull();
        assertThat(journey.clock.resolveDueAt()).isEqualTo(journey.now.plus(level.resolveWithin()));

        journey.after(Duration.ofHours(4)).take(CaseAction.RESPOND, Actor.deputy(8));
        journey.after(level.rateWithin()).after(Duration.ofSeconds(1));
        assertThat(ratingWindowOver(journey.clock, journey.now)).isTrue();
        Transition closed = journey.take(CaseAction.CLOSE_UNRATED, Actor.system());
        assertThat(closed.closedAs()).contains(ClosedAs.UNRATED);
        assertThat(journey.clock).isEqualTo(new CaseClock(null, null, null, null, Duration.ofHours(300)));
    }

    @Test
    void withdrawingWhileAwaitingInformationEndsThePause() {
        CaseStateMachine machine = new CaseStateMachine();
        CaseJourney journey = new CaseJourney(machine, 7L);
        journey.take(CaseAction.ROUTE, Actor.system());
        journey.take(CaseAction.ACCEPT, Actor.deputy(7));
        journey.after(Duration.ofHours(1)).take(CaseAction.REQUEST_INFO, Actor.deputy(7));
        journey.after(Duration.ofHours(6)).take(CaseAction.WITHDRAW, Actor.resident());
        assertThat(journey.clock).isEqualTo(new CaseClock(null, null, null, null, Duration.ofHours(6)));
    }
}
