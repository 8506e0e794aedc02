package org.liaison.duty.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WeeklyTest {

    private static Weekly rule(String weekdays) {
        return new Weekly(Set.copyOf(Arrays.stream(weekdays.split(" ")).map(DayOfWeek::valueOf).toList()));
    }

    @ParameterizedTest(name = "{0} from {1} → {2}")
    @CsvSource({
            // 2026-11-23 is a Monday
            "MONDAY WEDNESDAY FRIDAY, 2026-11-23, 2026-11-23",
            "MONDAY WEDNESDAY FRIDAY, 2026-11-24, 2026-11-25",
            "MONDAY WEDNESDAY FRIDAY, 2026-11-26, 2026-11-27",
            "MONDAY WEDNESDAY FRIDAY, 2026-11-28, 2026-11-30",
            "WEDNESDAY, 2026-11-26, 2026-12-02",
            "SUNDAY, 2026-11-30, 2026-12-06",
            // across the year: 2026-12-31 is a Thursday, 2027-01-01 a Friday
            "FRIDAY, 2026-12-31, 2027-01-01",
            "THURSDAY FRIDAY, 2026-12-31, 2026-12-31",
            "MONDAY, 2026-12-29, 2027-01-04",
            // 2024-02-29 is a Thursday
            "THURSDAY, 2024-02-27, 2024-02-29",
            "THURSDAY, 2024-03-01, 2024-03-07",
            "MONDAY TUESDAY WEDNESDAY THURSDAY FRIDAY SATURDAY SUNDAY, 2026-11-21, 2026-11-21"
    })
    void nextIsTheFirstListedWeekdayOnOrAfter(String weekdays, LocalDate from, LocalDate expected) {
        Weekly weekly = rule(weekdays);
        assertThat(weekly.next(from)).contains(expected);
        assertThat(weekly.isContactDay(expected)).isTrue();
        for (LocalDate day = from; day.isBefore(expected); day = day.plusDays(1)) {
            assertThat(weekly.isContactDay(day)).as(day.toString()).isFalse();
        }
    }

    @Test
    void everyListedWeekdayIsAContactDayOverAWholeYear() {
        Weekly weekly = Weekly.of(MONDAY, WEDNESDAY, FRIDAY);
        int contactDays = 0;
        for (LocalDate day = LocalDate.of(2026, 1, 1); day.getYear() == 2026; day = day.plusDays(1)) {
            boolean expected = day.getDayOfWeek() == MONDAY || day.getDayOfWeek() == WEDNESDAY || day.getDayOfWeek() == FRIDAY;
            assertThat(weekly.isContactDay(day)).as(day.toString()).isEqualTo(expected);
            contactDays += expected ? 1 : 0;
        }
        assertThat(contactDays).isEqualTo(52 + 52 + 52);
    }

    @Test
    void theWeekdaysAreCopiedAndCannotBeChangedLater() {
        Set<DayOfWeek> days = EnumSet.of(MONDAY);
        Weekly weekly = new Weekly(days);
        days.add(FRIDAY);
        assertThat(weekly.weekdays()).containsExactly(MONDAY);
        assertThatThrownBy(() -> weekly.weekdays().add(FRIDAY)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void atLeastOneWeekday() {
        assertThatThrownBy(() -> new Weekly(Set.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Weekly(null)).isInstanceOf(IllegalArgumentException.class);
    }
}
