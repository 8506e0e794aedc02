package org.liaison.stats;

import java.time.LocalDate;
import java.util.List;

/** The period of the summaries: the last twelve months, this one included (from the first of the month 11 months ago). */
final class SummaryPeriod {

    private SummaryPeriod() {
    }

    static LocalDate firstDay(LocalDate today) {
        return today.withDayOfMonth(1).minusMonths(11);
    }

    static StatsFilter lastTwelveMonths(LocalDate today, long deputyId) {
        return new StatsFilter(firstDay(today), today, List.of(), null, false,
                deputyId, null, null, null, false);
    }
}
