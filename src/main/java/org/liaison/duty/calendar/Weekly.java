package org.liaison.duty.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** Every one of the given weekdays, e.g. Monday, Wednesday and Friday afternoons. */
public record Weekly(Set<DayOfWeek> weekdays) implements ContactDayRule {

    public Weekly {
        if (weekdays == null || weekdays.isEmpty()) {
            throw new IllegalArgumentException("a weekly rule needs at least one weekday");
        }
        weekdays = Collections.unmodifiableSet(EnumSet.copyOf(weekdays));
    }

    public static Weekly of(DayOfWeek... weekdays) {
        return new Weekly(Set.of(weekdays));
    }

    @Override
    public boolean isContactDay(LocalDate date) {
        return weekdays.contains(date.getDayOfWeek());
    }

    @Override
    public Optional<LocalDate> next(LocalDate fromInclusive) {
        for (int i = 0; i < 7; i++) {
            LocalDate day = fromInclusive.plusDays(i);
            if (weekdays.contains(day.getDayOfWeek())) {
                return Optional.of(day);
            }
        }
        throw new IllegalStateException("unreachable: a week holds every weekday");
    }
}
