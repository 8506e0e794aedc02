package org.liaison.duty.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MonthlyOrdinalTest {

    private static final MonthlyOrdinal THIRD_TUESDAY = new MonthlyOrdinal(3, DayOfWeek.TUESDAY);

    /** The n-th weekday of a month found the slow way, by walking its days; -1 takes the last. */
    private static Optional<LocalDate> walk(YearMonth month, int ordinal, DayOfWeek weekday) {
        List<LocalDate> matches = new ArrayList<>();
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            if (day.getDayOfWeek() == weekday) {
                matches.add(day);
            }
        }
        int index = ordinal == -1 ? matches.size() - 1 : ordinal - 1;
        return index < matches.size() ? Optional.of(matches.get(index)) : Optional.empty();
    }

    static Stream<YearMonth> monthsOf2026And2027() {
        return IntStream.range(0, 24).mapToObj(i -> YearMonth.of(2026, 1).plusMonths(i));
    }

    @ParameterizedTest
    @MethodSource("monthsOf2026And2027")
    void thirdTuesdayOfEveryMonthOf2026And2027MatchesAWalkThroughTheMonth(YearMonth month) {
        LocalDate expected = walk(month, 3, DayOfWeek.TUESDAY).orElseThrow();
        assertThat(THIRD_TUESDAY.in(month)).contains(expected);
        assertThat(THIRD_TUESDAY.next(month.atDay(1))).contains(expected);
        for (LocalDate day = month.atDay(1); !day.isAfter(month.atEndOfMonth()); day = day.plusDays(1)) {
            assertThat(THIRD_TUESDAY.isContactDay(day)).as(day.toString()).isEqualTo(day.equals(expected));
        }
    }

    @ParameterizedTest
    @CsvSource({"2026-01-20", "2026-02-17", "2026-03-17", "2026-04-21", "2026-05-19", "2026-06-16", "2026-07-21",
            "2026-08-18", "2026-09-15", "2026-10-20", "2026-11-17", "2026-12-15", "2027-01-19", "2027-02-16",
            "2027-03-16", "2027-04-20", "2027-05-18", "2027-06-15", "2027-07-20", "2027-08-17", "2027-09-21",
            "2027-10-19", "2027-11-16", "2027-12-21"})
    void thirdTuesdaysFromAPrintedCalendar(LocalDate thirdTuesday) {
        assertThat(THIRD_TUESDAY.isContactDay(thirdTuesday)).isTrue();
        assertThat(THIRD_TUESDAY.next(thirdTuesday)).as("inclusive").contains(thirdTuesday);
        assertThat(THIRD_TUESDAY.next(thirdTuesday.minusDays(20))).contains(thirdTuesday);
        assertThat(THIRD_TUESDAY.isContactDay(thirdTuesday.minusWeeks(1))).isFalse();
        assertThat(THIRD_TUESDAY.isContactDay(thirdTuesday.plusWeeks(1))).isFalse();
    }

    static Stream<Arguments> everyOrdinalAndWeekday() {
        return IntStream.of(1, 2, 3, 4, 5, -1).boxed()
                .flatMap(ordinal -> Stream.of(DayOfWeek.values()).map(weekday -> Arguments.of(ordinal, weekday)));
    }

    @ParameterizedTest
    @MethodSource("everyOrdinalAndWeekday")
    void everyRuleAgreesWithAWalkOverFiveYearsIncludingTwoLeapYears(int ordinal, DayOfWeek weekday) {
        MonthlyOrdinal rule = new MonthlyOrdinal(ordinal, weekday);
        List<LocalDate> contactDays = new ArrayList<>();
        for (YearMonth month = YearMonth.of(2024, 1); month.isBefore(YearMonth.of(2030, 1)); month = month.plusMonths(1)) {
            assertThat(rule.in(month)).as(month.toString()).isEqualTo(walk(month, ordinal, weekday));
            walk(month, ordinal, weekday).ifPresent(contactDays::add);
        }
        int nextIndex = 0;
        for (LocalDate day = LocalDate.of(2024, 1, 1); day.isBefore(LocalDate.of(2029, 1, 1)); day = day.plusDays(1)) {
            while (contactDays.get(nextIndex).isBefore(day)) {
                nextIndex++;
            }
            assertThat(rule.isContactDay(day)).as(day.toString()).isEqualTo(contactDays.get(nextIndex).equals(day));
            assertThat(rule.next(day)).as(day.toString()).contains(contactDays.get(nextIndex));
        }
    }

    @ParameterizedTest(name = "{0} {1} from {2} → {3}")
    @CsvSource({
            // month boundary: after the third Tuesday the next one is a month on
            "3, TUESDAY, 2026-01-21, 2026-02-17",
            "3, TUESDAY, 2026-01-31, 2026-02-17",
            // year boundary
            "3, TUESDAY, 2026-12-16, 2027-01-19",
            "-1, THURSDAY, 2026-12-31, 2026-12-31",
            "-1, FRIDAY, 2026-12-26, 2027-01-29",
            // leap year: the fifth and last Thursday of February 2024 is the 29th
            "5, THURSDAY, 2024-02-01, 2024-02-29",
            "-1, THURSDAY, 2024-02-23, 2024-02-29",
            "-1, THURSDAY, 2024-03-01, 2024-03-28",
            // February 2026 has no fifth Tuesday: the next one is on 31 March
            "5, TUESDAY, 2026-02-01, 2026-03-31",
            "5, TUESDAY, 2026-01-28, 2026-03-31",
            // a fifth Monday can be months away
            "5, MONDAY, 2026-08-01, 2026-08-31",
            "1, SUNDAY, 2026-11-02, 2026-12-06"
    })
    void nextContactDay(int ordinal, DayOfWeek weekday, LocalDate from, LocalDate expected) {
        assertThat(new MonthlyOrdinal(ordinal, weekday).next(from)).contains(expected);
    }

    @Test
    void contactDayItselfIsIncludedAndTheDayAfterMovesOn() {
        assertThat(THIRD_TUESDAY.next(LocalDate.of(2026, 12, 15))).contains(LocalDate.of(2026, 12, 15));
        assertThat(THIRD_TUESDAY.next(LocalDate.of(2026, 12, 16))).contains(LocalDate.of(2027, 1, 19));
    }

    @Test
    void monthsWithoutAFifthTuesdayHaveNoContactDay() {
        MonthlyOrdinal fifthTuesday = new MonthlyOrdinal(5, DayOfWeek.TUESDAY);
        assertThat(fifthTuesday.in(YearMonth.of(2026, 2))).isEmpty();
        assertThat(fifthTuesday.in(YearMonth.of(2026, 4))).isEmpty();
        assertThat(fifthTuesday.in(YearMonth.of(2026, 3))).contains(LocalDate.of(2026, 3, 31));
        assertThat(fifthTuesday.isContactDay(LocalDate.of(2026, 5, 5))).as("the first Tuesday of May, not the fifth of April")
                .isFalse();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 6, -2, 7, Integer.MIN_VALUE})
    void ordinalOutsideOneToFiveOrLastIsRefused(int ordinal) {
        assertThat(MonthlyOrdinal.isValidOrdinal(ordinal)).isFalse();
        assertThatThrownBy(() -> new MonthlyOrdinal(ordinal, DayOfWeek.TUESDAY)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void weekdayIsRequired() {
        assertThatThrownBy(() -> new MonthlyOrdinal(3, null)).isInstanceOf(NullPointerException.class);
    }
}
