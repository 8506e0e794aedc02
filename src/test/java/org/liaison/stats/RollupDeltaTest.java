package org.liaison.stats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.caseflow.lifecycle.ClosedAs;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.lifecycle.CaseStatus.*;

/** The counting rules, event by event, and the histogram's buckets and percentiles. */
class RollupDeltaTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2027-03-31T02:00:00Z");
    private static final RollupDelta.Prior NONE = RollupDelta.Prior.NONE;

    private static RollupDelta of(String type, CaseStatus from, CaseStatus to, Duration after, RollupDelta.Prior prior) {
        return RollupDelta.of(new RollupDelta.Input(type, from, to, null, SUBMITTED_AT.plus(after), SUBMITTED_AT, 7L, 24, prior));
    }

    @Test
    void routingReceivesTheCaseOnceAndTheSubmissionItselfCountsNothing() {
        assertThat(of("SUBMITTED", SUBMITTED, SUBMITTED, Duration.ZERO, NONE).isEmpty()).isTrue();
        assertThat(of("ROUTE", SUBMITTED, ASSIGNED, Duration.ZERO, NONE).counts()).containsExactlyEntriesOf(
                java.util.Map.of(Measure.RECEIVED, 1L));
        assertThat(of("DECLINE", ASSIGNED, ASSIGNED, Duration.ofHours(1), NONE).isEmpty()).isTrue();
    }

    @Test
    void aFirstAcceptanceInTimeIsOnTimeALateOneIsDecidedLateAndASecondOneCountsNothing() {
        RollupDelta inTime = of("ACCEPT", ASSIGNED, ACCEPTED, Duration.ofHours(24), NONE);
        assertThat(inTime.counts()).containsEntry(Measure.ACCEPTED, 1L).containsEntry(Measure.ACCEPT_DECIDED, 1L)
                .containsEntry(Measure.ACCEPT_ON_TIME, 1L).containsEntry(Measure.ACCEPT_SECONDS, 86400L);
        assertThat(inTime.histogram()).isEqualTo(StatsHistogram.TIME_TO_ACCEPT);

        RollupDelta late = of("ACCEPT", ASSIGNED, ACCEPTED, Duration.ofHours(24).plusSeconds(1), NONE);
        assertThat(late.counts()).containsEntry(Measure.ACCEPT_DECIDED, 1L).doesNotContainKey(Measure.ACCEPT_ON_TIME);

        RollupDelta again = of("ACCEPT", ASSIGNED, ACCEPTED, Duration.ofHours(2), new RollupDelta.Prior(true, false, false, false, 7L));
        assertThat(again.isEmpty()).isTrue();
    }

    @Test
    void anEscalationDecidesTheAcceptanceLateOnceAndCountsForTheDeputyWhoMissedIt() {
        RollupDelta escalation = of("ESCALATE", ASSIGNED, ASSIGNED, Duration.ofHours(25), new RollupDelta.Prior(false, false, false, false, 3L));
        assertThat(escalation.counts()).containsExactlyEntriesOf(java.util.Map.of(Measure.ACCEPT_DECIDED, 1L));
        assertThat(escalation.deputyId()).isEqualTo(3L);

        RollupDelta second = of("ESCALATE", ASSIGNED, ASSIGNED, Duration.ofHours(50), new RollupDelta.Prior(false, true, false, false, 4L));
        assertThat(second.isEmpty()).isTrue();

        RollupDelta acceptedAfter = of("ACCEPT", ASSIGNED, ACCEPTED, Duration.ofHours(30), new RollupDelta.Prior(false, true, false, false, 7L));
        assertThat(acceptedAfter.counts()).containsEntry(Measure.ACCEPTED, 1L).doesNotContainKey(Measure.ACCEPT_DECIDED);
    }

    @Test
    void anOverdueOpenCaseIsALateResolutionAndItsLaterAnswerIsNotCountedAgain() {
        RollupDelta overdue = of("MARK_OVERDUE", IN_PROGRESS, IN_PROGRESS, Duration.ofHours(241), NONE);
        assertThat(overdue.counts()).containsEntry(Measure.WENT_OVERDUE, 1L).containsEntry(Measure.RESOLVE_DECIDED, 1L);

        RollupDelta answered = of("RESPOND", IN_PROGRESS, RESPONDED, Duration.ofHours(250), new RollupDelta.Prior(true, false, true, false, 7L));
        assertThat(answered.counts()).containsEntry(Measure.RESPONDED, 1L).doesNotContainKeys(Measure.RESOLVE_DECIDED,
                Measure.RESOLVE_ON_TIME);

        RollupDelta inTime = of("RESPOND", IN_PROGRESS, RESPONDED, Duration.ofHours(5), new RollupDelta.Prior(true, false, false, false, 7L));
        assertThat(inTime.counts()).containsEntry(Measure.RESOLVE_DECIDED, 1L).containsEntry(Measure.RESOLVE_ON_TIME, 1L);

        RollupDelta secondAnswer = of("RESPOND", REOPENED, RESPONDED, Duration.ofHours(9), new RollupDelta.Prior(true, false, false, true, 7L));
        assertThat(secondAnswer.isEmpty()).isTrue();

        RollupDelta overdueAfterAnswer = of("MARK_OVERDUE", REOPENED, REOPENED, Duration.ofHours(400), new RollupDelta.Prior(true, false, false, true, 7L));
        assertThat(overdueAfterAnswer.counts()).containsExactlyEntriesOf(java.util.Map.of(Measure.WENT_OVERDUE, 1L));
    }

    @ParameterizedTest
    @CsvSource({"SATISFIED,SATISFIED", "BASICALLY_SATISFIED,BASICALLY_SATISFIED", "UNSATISFIED,UNSATISFIED", "UNRATED,UNRATED"})
    void aClosingCountsHowTheCaseEnded(ClosedAs closedAs, Measure expected) {
        RollupDelta closing = RollupDelta.of(new RollupDelta.Input("RATE", RESPONDED, CLOSED, closedAs, SUBMITTED_AT,
                SUBMITTED_AT, 7L, 24, NONE));
        assertThat(closing.counts()).containsEntry(Measure.CLOSED, 1L).containsEntry(expected, 1L).hasSize(2);
    }

    @Test
    void reopeningsEndingsReferralsAndSupervisionAreCounted() {
        assertThat(of("RATE", RESPONDED, REOPENED, Duration.ZERO, NONE).counts()).containsOnlyKeys(Measure.REOPENED);
        assertThat(of("REJECT", ASSIGNED, REJECTED, Duration.ZERO, NONE).counts()).containsOnlyKeys(Measure.REJECTED);
        assertThat(of("REJECT", SUBMITTED, REJECTED, Duration.ZERO, NONE).counts()).containsOnlyKeys(Measure.REJECTED, Measure.RECEIVED);
        assertThat(of("WITHDRAW", IN_PROGRESS, WITHDRAWN, Duration.ZERO, NONE).counts()).containsOnlyKeys(Measure.WITHDRAWN);
        assertThat(of("REFER", IN_PROGRESS, REFERRED, Duration.ZERO, NONE).counts()).containsOnlyKeys(Measure.REFERRED);
        assertThat(of("SUPERVISE", REFERRED, REFERRED, Duration.ZERO, NONE).counts()).containsOnlyKeys(Measure.SUPERVISED);
        assertThat(of("URGE", REFERRED, REFERRED, Duration.ZERO, NONE).counts()).containsOnlyKeys(Measure.URGED);
        assertThat(of("ADD_MESSAGE", REFERRED, REFERRED, Duration.ZERO, NONE).isEmpty()).isTrue();
    }

    @ParameterizedTest
    @CsvSource({"0,0", "899,0", "900,1", "3599,2", "3600,3", "7199,3", "86399,11", "86400,12", "7775999,28", "7776000,29",
            "-5,0", "99999999,29"})
    void durationsFallIntoFixedBuckets(long seconds, int bucket) {
        assertThat(StatsHistogram.bucketOf(seconds)).isEqualTo(bucket);
    }

    @Test
    void percentilesAreTheUpperEdgeOfTheBucketHoldingTheRank() {
        long[] counts = new long[StatsHistogram.BUCKETS];
        assertThat(StatsHistogram.percentile(counts, 0.5)).isNull();
        counts[StatsHistogram.bucketOf(5400)] = 9; // 1.5 h, in [1, 2)
        counts[StatsHistogram.bucketOf(111600)] = 1; // 31 h, in [30, 36)
        assertThat(StatsHistogram.percentile(counts, 0.5)).isEqualTo(2.0);
        assertThat(StatsHistogram.percentile(counts, 0.9)).isEqualTo(2.0);
        assertThat(StatsHistogram.percentile(counts, 0.91)).isEqualTo(36.0);
        counts[StatsHistogram.BUCKETS - 1] = 100;
        assertThat(StatsHistogram.percentile(counts, 0.9)).isEqualTo(2160.0);
    }

    @Test
    void ratesAreRoundedAndNullWithoutADenominator() {
        assertThat(FigureSums.ratio(2, 3)).isEqualTo(0.6667);
        assertThat(FigureSums.ratio(0, 0)).isNull();
        assertThat(FigureSums.ratio(1, 1)).isEqualTo(1.0);
    }
}
