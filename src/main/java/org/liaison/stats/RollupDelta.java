package org.liaison.stats;

import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.caseflow.lifecycle.ClosedAs;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one case event adds to the rollups: the pure rule shared in meaning with the SQL of {@link StatsRebuild}
 * (a test proves both give the same rows). Pure: no clock, no database.
 *
 * @param deputyId  the deputy the event counts for (the one who missed the deadline, for an escalation), or null
 * @param counts    the counters to add
 * @param histogram the histogram measure to add one case to, or 0
 * @param bucket    its bucket
 */
public record RollupDelta(Long deputyId, Map<Measure, Long> counts, int histogram, int bucket) {

    /** The event, the case facts it needs, and what happened to the case before it. */
    public record Input(String type, CaseStatus from, CaseStatus to, ClosedAs closedAs, Instant at, Instant submittedAt,
                        Long deputyId, int acceptHours, Prior prior) {
    }

    /** The case's earlier events, as far as the rollups care. */
    public record Prior(boolean accepted, boolean escalated, boolean overdue, boolean responded, Long previousDeputyId) {
        public static final Prior NONE = new Prior(false, false, false, false, null);
    }

    /** Event types whose counting depends on the case's earlier events (the listener reads {@link Prior} for them). */
    public static boolean needsPrior(String type) {
        return switch (type) {
            case "ACCEPT", "ESCALATE", "RESPOND", "MARK_OVERDUE" -> true;
            default -> false;
        };
    }

    public static RollupDelta of(Input event) {
        Map<Measure, Long> counts = new EnumMap<>(Measure.class);
        Prior prior = event.prior();
        int histogram = 0;
        int bucket = 0;
        long sinceSubmission = Math.max(0, Duration.between(event.submittedAt(), event.at()).toSeconds());
        if (event.from() == CaseStatus.SUBMITTED && event.to() != CaseStatus.SUBMITTED) {
            add(counts, Measure.RECEIVED, 1);
        }
        switch (event.type()) {
            case "ACCEPT" -> {
                if (!prior.accepted()) {
                    add(counts, Measure.ACCEPTED, 1);
                    add(counts, Measure.ACCEPT_SECONDS, sinceSubmission);
                    histogram = StatsHistogram.TIME_TO_ACCEPT;
                    bucket = StatsHistogram.bucketOf(sinceSubmission);
                    if (!prior.escalated()) {
                        add(counts, Measure.ACCEPT_DECIDED, 1);
                        add(counts, Measure.ACCEPT_ON_TIME, sinceSubmission <= event.acceptHours() * 3600L ? 1 : 0);
                    }
                }
            }
            case "ESCALATE" -> add(counts, Measure.ACCEPT_DECIDED, prior.accepted() || prior.escalated() ? 0 : 1);
            case "RESPOND" -> {
                if (!prior.responded()) {
                    add(counts, Measure.RESPONDED, 1);
                    add(counts, Measure.RESPONSE_SECONDS, sinceSubmission);
                    histogram = StatsHistogram.TIME_TO_RESPONSE;
                    bucket = StatsHistogram.bucketOf(sinceSubmission);
                    if (!prior.overdue()) {
                        add(counts, Measure.RESOLVE_DECIDED, 1);
                        add(counts, Measure.RESOLVE_ON_TIME, 1);
                    }
                }
            }
            case "MARK_OVERDUE" -> {
                add(counts, Measure.WENT_OVERDUE, 1);
                // an overdue case not yet answered is a late resolution now, answered or not later
                add(counts, Measure.RESOLVE_DECIDED, prior.responded() ? 0 : 1);
            }
            case "REFER" -> add(counts, Measure.REFERRED, 1);
            case "SUPERVISE" -> add(counts, Measure.SUPERVISED, 1);
            case "URGE" -> add(counts, Measure.URGED, 1);
            case "RATE" -> add(counts, Measure.REOPENED, event.to() == CaseStatus.REOPENED ? 1 : 0);
            default -> {
                // counted by status alone, below
            }
        }
        if (event.from() != event.to()) {
            switch (event.to()) {
                case CLOSED -> {
                    add(counts, Measure.CLOSED, 1);
                    add(counts, closedMeasure(event.closedAs()), 1);
                }
                case REJECTED -> add(counts, Measure.REJECTED, 1);
                case WITHDRAWN -> add(counts, Measure.WITHDRAWN, 1);
                default -> {
                    // not an ending
                }
            }
        }
        Long deputy = "ESCALATE".equals(event.type()) ? prior.previousDeputyId() : event.deputyId();
        return new RollupDelta(deputy, counts, histogram, bucket);
    }

    /** True when the event changes no rollup row (most messages and work steps). */
    public boolean isEmpty() {
        return counts.isEmpty() && histogram == 0;
    }

    /** An expired case (closed waiting for the resident, or in the queue) was never rated: it counts as unrated. */
    private static Measure closedMeasure(ClosedAs closedAs) {
        return closedAs == null || closedAs == ClosedAs.EXPIRED ? Measure.UNRATED : Measure.valueOf(closedAs.name());
    }

    private static void add(Map<Measure, Long> counts, Measure measure, long value) {
        if (value != 0) {
            counts.merge(measure, value, Long::sum);
        }
    }
}
