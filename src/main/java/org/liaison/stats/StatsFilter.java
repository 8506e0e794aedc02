package org.liaison.stats;

import java.time.LocalDate;
import java.util.List;

/**
 * One statistics question: the local days from {@code from} to {@code to} (both included), what to group by (none,
 * one or two dimensions), and which cases count.
 *
 * @param subVenues with {@code venueId}: the venue's stations and points count too
 * @param rollup    grouped by venue: a venue's figures include every venue under it
 */
public record StatsFilter(LocalDate from, LocalDate to, List<Dimension> groupBy, Long venueId, boolean subVenues,
                          Long deputyId, Long departmentId, Long categoryId, String region, boolean rollup) {

    public StatsFilter ungrouped() {
        return new StatsFilter(from, to, List.of(), venueId, subVenues, deputyId, departmentId, categoryId, region, false);
    }

    public boolean hasTimeGroup() {
        return groupBy.stream().anyMatch(Dimension::isTime);
    }
}
