package org.liaison.duty.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;
import java.util.Optional;

/**
 * The n-th given weekday of every month, e.g. the third Tuesday (Wuxi's deputy contact day), or the
 * last one with {@link #LAST}. A month without a fifth such weekday has no contact day under ordinal 5.
 */
public record MonthlyOrdinal(int ordinal, DayOfWeek weekday) implements ContactDayRule {

    public static final int LAST = -1;

    /**
     * Any 12 whole months hold 52 weeks and a day or two, so every weekday falls a fifth time in at
     * least four of them: 13 months from the first one searched always find the next contact day.
     */
    private static final int MONTHS_SEARCHED = 13;

    public MonthlyOrdinal {
        if (ordinal != LAST && (ordinal < 1 || ordinal > 5)) {
            throw new IllegalArgumentException("ordinal must be 1 to 5, or -1 for the last: " + ordinal);
        }
        Objects.requireNonNull(weekday, "weekday");
    }

    public static boolean isValidOrdinal(int ordinal) {
        return ordinal == LAST || (ordinal >= 1 && ordinal <= 5);
    }

    /** This rule's contact day in the given month, if the month has one. */
    public Optional<LocalDate> in(YearMonth month) {
        LocalDate day = ordinal == LAST
                ? month.atEndOfMonth().with(TemporalAdjusters.previousOrSame(weekday))
                : month.atDay(1).with(TemporalAdjusters.nextOrSame(weekday)).plusWeeks(ordinal - 1L);
        return YearMonth.from(day).equals(month) ? Optional.of(day) : Optional.empty();
    }

    @Override
    public boolean isContactDay(LocalDate date) {
        return date.getDayOfWeek() == weekday && in(YearMonth.from(date)).filter(date::equals).isPresent();
    }

    @Override
    public Optional<LocalDate> next(LocalDate fromInclusive) {
        YearMonth month = YearMonth.from(fromInclusive);
        for (int i = 0; i < MONTHS_SEARCHED; i++, month = month.plusMonths(1)) {
            Optional<LocalDate> day = in(month).filter(d -> !d.isBefore(fromInclusive));
            if (day.isPresent()) {
                return day;
            }
        }
        return Optional.empty();
    }
}
