package org.liaison.duty.calendar;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When a deputy receives residents at a venue: the days of its duty. Pure calendar arithmetic,
 * no time zone and no clock: the caller decides which date "today" is.
 */
public sealed interface ContactDayRule permits MonthlyOrdinal, Weekly, ExplicitDates {

    boolean isContactDay(LocalDate date);

    /** The first contact day on or after {@code fromInclusive}; empty when the rule has no more. */
    Optional<LocalDate> next(LocalDate fromInclusive);
}
