package org.liaison.duty.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ExplicitDatesTest {

    private static final LocalDate DEC_15 = LocalDate.of(2026, 12, 15);
    private static final LocalDate FEB_29 = LocalDate.of(2028, 2, 29);
    private static final LocalDate JAN_19 = LocalDate.of(2027, 1, 19);

    /** Given unsorted and with a repeat, as an administrator might type them. */
    private static final ExplicitDates RULE = ExplicitDates.of(List.of(FEB_29, DEC_15, JAN_19, DEC_15));

    @Test
    void unsortedAndRepeatedDatesAreSortedAndCountedOnce() {
        assertThat(RULE.dates()).containsExactly(DEC_15, JAN_19, FEB_29);
        assertThat(RULE).isEqualTo(ExplicitDates.of(DEC_15, JAN_19, FEB_29));
    }

    @ParameterizedTest(name = "from {0} → {1}")
    @CsvSource({
            "2026-01-01, 2026-12-15",
            "2026-12-15, 2026-12-15",
            "2026-12-16, 2027-01-19",
            "2026-12-31, 2027-01-19",
            "2027-01-19, 2027-01-19",
            "2027-01-20, 2028-02-29",
            "2028-02-28, 2028-02-29",
            "2028-02-29, 2028-02-29",
            "2028-03-01, ",
            "2099-01-01, "
    })
    void nextIsTheFirstListedDateOnOrAfterAndEmptyOnceAllArePast(LocalDate from, LocalDate expected) {
        assertThat(RULE.next(from)).isEqualTo(Optional.ofNullable(expected));
    }

    @Test
    void onlyListedDatesAreContactDays() {
        assertThat(RULE.isContactDay(DEC_15)).isTrue();
        assertThat(RULE.isContactDay(FEB_29)).isTrue();
        assertThat(RULE.isContactDay(DEC_15.plusDays(1))).isFalse();
        assertThat(RULE.isContactDay(DEC_15.plusYears(1))).isFalse();
    }

    @Test
    void theDatesAreCopiedAndCannotBeChangedLater() {
        TreeSet<LocalDate> dates = new TreeSet<>(Arrays.asList(DEC_15));
        ExplicitDates rule = new ExplicitDates(dates);
        dates.add(JAN_19);
        assertThat(rule.dates()).containsExactly(DEC_15);
        assertThatThrownBy(() -> rule.dates().add(JAN_19)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void atLeastOneDate() {
        assertThatThrownBy(() -> ExplicitDates.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
