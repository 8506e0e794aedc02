package org.liaison.duty.calendar;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;

/** A fixed list of contact days, e.g. announced special reception days. Once all are past, there are no more. */
public record ExplicitDates(SortedSet<LocalDate> dates) implements ContactDayRule {

    public ExplicitDates {
        if (dates == null || dates.isEmpty()) {
            throw new IllegalArgumentException("an explicit-dates rule needs at least one date");
        }
        dates = Collections.unmodifiableSortedSet(new TreeSet<>(dates));
    }

    /** The rule of these dates in any order; repeated dates count once. */
    public static ExplicitDates of(Collection<LocalDate> dates) {
        return new ExplicitDates(new TreeSet<>(dates));
    }

    public static ExplicitDates of(LocalDate... dates) {
        return of(Arrays.asList(dates));
    }

    @Override
    public boolean isContactDay(LocalDate date) {
        return dates.contains(date);
    }

    @Override
    public Optional<LocalDate> next(LocalDate fromInclusive) {
        SortedSet<LocalDate> ahead = dates.tailSet(fromInclusive);
        return ahead.isEmpty() ? Optional.empty() : Optional.of(ahead.first());
    }
}
