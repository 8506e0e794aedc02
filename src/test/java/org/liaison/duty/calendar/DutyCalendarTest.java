package org.liaison.duty.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

class DutyCalendarTest {

    private static final long WANG = 1;
    private static final long LIU = 4;
    private static final long CHEN = 3;
    private static final long ZHANG = 2;

    /** Like the demo contact point: the third Tuesday in the morning, and three afternoons a week. */
    private static final DutyCalendar POINT = new DutyCalendar(List.of(
            new DutyCalendar.Slot(LIU, Weekly.of(MONDAY, WEDNESDAY, FRIDAY), LocalTime.of(14, 0), LocalTime.of(16, 0)),
            new DutyCalendar.Slot(WANG, new MonthlyOrdinal(3, TUESDAY), LocalTime.of(9, 0), LocalTime.of(11, 30)),
            new DutyCalendar.Slot(CHEN, ExplicitDates.of(LocalDate.of(2026, 12, 15), LocalDate.of(2026, 12, 24)), null, null),
            new DutyCalendar.Slot(ZHANG, new MonthlyOrdinal(-1, FRIDAY), LocalTime.of(9, 0), LocalTime.of(10, 0))));

    private static List<Long> deputies(List<DutyCalendar.Slot> slots) {
        return slots.stream().map(DutyCalendar.Slot::deputyId).toList();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            // the third Tuesday of December 2026, also a listed date; hours first, then duties without hours
            "2026-12-15, 1 3",
            "2026-12-14, 4",
            "2026-12-16, 4",
            "2026-12-17, ''",
            // Thursday 24 December: only the listed date
            "2026-12-24, 3",
            // Friday 25 December: the last Friday of the month, morning before Liu's afternoon
            "2026-12-25, 2 4",
            "2026-12-26, ''",
            "2027-01-19, 1"
    })
    void whoIsOnDutyOnADate(LocalDate date, String expected) {
        List<Long> ids = expected.isEmpty() ? List.of() : Arrays.stream(expected.split(" ")).map(Long::valueOf).toList();
        assertThat(deputies(POINT.onDuty(date))).containsExactlyElementsOf(ids);
    }

    @ParameterizedTest(name = "from {0} → {1}: {2}")
    @CsvSource({
            "2026-12-15, 2026-12-15, 1 3",
            "2026-12-12, 2026-12-14, 4",
            "2026-12-17, 2026-12-18, 4",
            "2026-12-19, 2026-12-21, 4",
            "2026-12-24, 2026-12-24, 3",
            "2026-12-25, 2026-12-25, 2 4"
    })
    void nextContactDayOnOrAfterWithItsDeputies(LocalDate from, LocalDate expectedDate, String expected) {
        DutyCalendar.ContactDay day = POINT.nextContactDay(from).orElseThrow();
        assertThat(day.date()).isEqualTo(expectedDate);
        assertThat(deputies(day.slots())).containsExactlyElementsOf(Arrays.stream(expected.split(" ")).map(Long::valueOf).toList());
    }

    @Test
    void theHoursTravelWithTheDeputy() {
        DutyCalendar.Slot wang = POINT.onDuty(LocalDate.of(2026, 12, 15)).get(0);
        assertThat(wang.startsAt()).isEqualTo(LocalTime.of(9, 0));
        assertThat(wang.endsAt()).isEqualTo(LocalTime.of(11, 30));
    }

    @Test
    void monthlyOnlyVenueWaitsForNextMonthAcrossTheYear() {
        DutyCalendar station = new DutyCalendar(List.of(
                new DutyCalendar.Slot(ZHANG, new MonthlyOrdinal(3, TUESDAY), LocalTime.of(9, 0), LocalTime.of(17, 0))));
        assertThat(station.onDuty(LocalDate.of(2026, 12, 16))).isEmpty();
        assertThat(station.nextContactDay(LocalDate.of(2026, 12, 16)).orElseThrow().date()).isEqualTo(LocalDate.of(2027, 1, 19));
    }

    @Test
    void noDutiesOrOnlyPastDatesMeanNoNextContactDay() {
        assertThat(new DutyCalendar(List.of()).nextContactDay(LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(new DutyCalendar(List.of()).onDuty(LocalDate.of(2026, 1, 1))).isEmpty();
        DutyCalendar past = new DutyCalendar(List.of(
                new DutyCalendar.Slot(CHEN, ExplicitDates.of(LocalDate.of(2025, 5, 1)), null, null)));
        assertThat(past.nextContactDay(LocalDate.of(2026, 1, 1))).isEmpty();
        assertThat(past.nextContactDay(LocalDate.of(2025, 5, 1)).orElseThrow().date()).isEqualTo(LocalDate.of(2025, 5, 1));
    }
}
