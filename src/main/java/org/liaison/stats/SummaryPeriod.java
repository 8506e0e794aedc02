package org.liaison.stats;

import java.time.LocalDate;
import java.util.List;

/** The period of the summaries: the last twelve months, this one included (from the first of the month 11 months ago). */
final class SummaryPeriod {

    private SummaryPeriod() {
    }

    static StatsFilter lastTwelveMonths(LocalDate today, Long venueId, Long deputyId) {
        return new StatsFilter(today.withDayOfMonth(1).minusMonths(11), today, List.of(), venueId, venueId != null,
                deputyId, null, null, null, false);
    }
}
