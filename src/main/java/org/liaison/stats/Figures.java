package org.liaison.stats;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The statistics of one group (or of everything asked), with the formulas in the API description. */
@Schema(description = "Figures of one group. Counts are of events in the period (local days); rates are computed from "
        + "counts when read, never stored; openNow and overdueNow are live and do not depend on the period (null when "
        + "grouped by a time dimension).")
public record Figures(
        @Schema(description = "Cases received (routed) in the period.") long received,
        @Schema(description = "Cases first accepted in the period (接单).") long accepted,
        @Schema(description = "Cases first responded to in the period (答复).") long responded,
        @Schema(description = "Cases closed (办结), rated or not.") long closed,
        long rejected,
        long withdrawn,
        @Schema(description = "Referrals to a department (转办).") long referred,
        @Schema(description = "Unsatisfied ratings that reopened a case.") long reopened,
        @Schema(description = "Supervision notes (督办).") long supervised,
        @Schema(description = "Urges (催办).") long urged,
        @Schema(description = "Cases that fell past their resolve deadline in the period.") long wentOverdue,
        @Schema(description = "Open cases now (live).") Long openNow,
        @Schema(description = "Open cases past their resolve or accept deadline now (live).") Long overdueNow,
        @Schema(description = "Hours from submission to first acceptance.") Durations timeToAccept,
        @Schema(description = "Hours from submission to first response (wall-clock, pauses included).") Durations timeToFirstResponse,
        @Schema(description = "Acceptance on time: onTime / decided.") OnTime acceptance,
        @Schema(description = "Resolution on time: onTime / decided.") OnTime resolution,
        Ratings ratings) {

    @Schema(name = "StatsDurations", description = "Median and p90 are upper edges of fixed histogram buckets (the "
            + "bucket holding the ceil(q·n)-th value); mean is exact. Null without cases.")
    public record Durations(long cases, Double medianHours, Double p90Hours, Double meanHours) {
    }

    @Schema(name = "StatsOnTime", description = "decided = cases decided in the period: answered (or accepted) "
            + "before or after the deadline, plus open cases that fell past the deadline unanswered (they count late "
            + "from that day, and never again); rate = onTime / decided, null when decided = 0.")
    public record OnTime(long onTime, long decided, Double rate) {
    }

    @Schema(name = "StatsRatings", description = "How closed cases ended. satisfactionRate = (satisfied + "
            + "basicallySatisfied) / (satisfied + basicallySatisfied + unsatisfied); unrated cases are excluded from "
            + "the denominator and shown apart; null when no case was rated.")
    public record Ratings(long satisfied, long basicallySatisfied, long unsatisfied, long unrated, long rated,
                          Double satisfactionRate) {
    }
}
