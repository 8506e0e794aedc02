package org.liaison.duty.calendar;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.liaison.duty.RuleKind;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.duty.RuleKind.DATES;
import static org.liaison.duty.RuleKind.MONTHLY;
import static org.liaison.duty.RuleKind.WEEKLY;

class ContactDayRulesTest {

    private static final LocalDate D1 = LocalDate.of(2026, 12, 15);
    private static final LocalDate D2 = LocalDate.of(2027, 1, 19);

    private static List<LocalDate> days(int count) {
        return IntStream.range(0, count).mapToObj(i -> LocalDate.of(2028, 1, 1).plusDays(i)).toList();
    }

    private static List<DayOfWeek> withNull(DayOfWeek day) {
        List<DayOfWeek> list = new ArrayList<>();
        list.add(day);
        list.add(null);
        return list;
    }

    static Stream<Arguments> invalidRules() {
        return Stream.of(
                Arguments.of(null, null, List.of(TUESDAY), null, "kind"),
                Arguments.of(MONTHLY, 3, List.of(TUESDAY, FRIDAY), null, "weekdays"),
                Arguments.of(MONTHLY, 3, List.of(), null, "weekdays"),
                Arguments.of(MONTHLY, 3, null, null, "weekdays"),
                Arguments.of(MONTHLY, 6, List.of(TUESDAY), null, "weekOrdinal"),
                Arguments.of(MONTHLY, 0, List.of(TUESDAY), null, "weekOrdinal"),
                Arguments.of(MONTHLY, -2, List.of(TUESDAY), null, "weekOrdinal"),
                Arguments.of(MONTHLY, null, List.of(TUESDAY), null, "weekOrdinal"),
                Arguments.of(MONTHLY, 3, List.of(TUESDAY), List.of(D1), "dates"),
                Arguments.of(MONTHLY, 3, withNull(TUESDAY), null, "weekdays"),
                Arguments.of(WEEKLY, null, List.of(), null, "weekdays"),
                Arguments.of(WEEKLY, null, null, null, "weekdays"),
                Arguments.of(WEEKLY, null, List.of(MONDAY, MONDAY), null, "weekdays"),
                Arguments.of(WEEKLY, null, withNull(MONDAY), null, "weekdays"),
                Arguments.of(WEEKLY, 3, List.of(MONDAY), null, "weekOrdinal"),
                Arguments.of(WEEKLY, null, List.of(MONDAY), List.of(D1), "dates"),
                Arguments.of(DATES, null, null, List.of(), "dates"),
                Arguments.of(DATES, null, null, null, "dates"),
                Arguments.of(DATES, null, null, List.of(D1, D2, D1), "dates"),
                Arguments.of(DATES, null, null, days(367), "dates"),
                Arguments.of(DATES, null, null, Arrays.asList(D1, null), "dates"),
                Arguments.of(DATES, 3, null, List.of(D1), "weekOrdinal"),
                Arguments.of(DATES, null, List.of(TUESDAY), List.of(D1), "weekdays"));
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} → {4}")
    @MethodSource("invalidRules")
    void invalidRuleNamesTheField(RuleKind kind, Integer ordinal, List<DayOfWeek> weekdays, List<LocalDate> dates, String field) {
        assertThat(ContactDayRules.check(kind, ordinal, weekdays, dates))
                .extracting(ContactDayRules.Violation::field).containsExactly(field);
        assertThatThrownBy(() -> ContactDayRules.toRule(kind, ordinal, weekdays, dates))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith(field + ": ");
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        assertThat(ContactDayRules.check(MONTHLY, 9, List.of(), List.of(D1)))
                .extracting(ContactDayRules.Violation::field).containsExactly("weekOrdinal", "weekdays", "dates");
    }

    static Stream<Arguments> validRules() {
        return Stream.of(
                Arguments.of(MONTHLY, 3, List.of(TUESDAY), null, new MonthlyOrdinal(3, TUESDAY)),
                Arguments.of(MONTHLY, -1, List.of(FRIDAY), List.of(), new MonthlyOrdinal(-1, FRIDAY)),
                Arguments.of(MONTHLY, 5, List.of(WEDNESDAY), null, new MonthlyOrdinal(5, WEDNESDAY)),
                Arguments.of(WEEKLY, null, List.of(FRIDAY, MONDAY, WEDNESDAY), null, Weekly.of(MONDAY, WEDNESDAY, FRIDAY)),
                Arguments.of(WEEKLY, null, List.of(TUESDAY), List.of(), Weekly.of(TUESDAY)),
                Arguments.of(DATES, null, List.of(), List.of(D2, D1), ExplicitDates.of(D1, D2)),
                Arguments.of(DATES, null, null, days(366), ExplicitDates.of(days(366))));
    }

    @ParameterizedTest(name = "{0} {1} {2} → {4}")
    @MethodSource("validRules")
    void validRuleBecomesItsCalendarRuleAndSurvivesTheColumns(RuleKind kind, Integer ordinal, List<DayOfWeek> weekdays,
                                                              List<LocalDate> dates, ContactDayRule expected) {
        assertThat(ContactDayRules.check(kind, ordinal, weekdays, dates)).isEmpty();
        ContactDayRule rule = ContactDayRules.toRule(kind, ordinal, weekdays, dates);
        assertThat(rule).isEqualTo(expected);
        ContactDayRules.Columns columns = ContactDayRules.toColumns(rule);
        assertThat(columns.kind()).isEqualTo(kind);
        assertThat(ContactDayRules.fromColumns(columns)).isEqualTo(expected);
    }

    @Test
    void columnsHoldCommaSeparatedNamesAndIsoDatesInCalendarOrder() {
        assertThat(ContactDayRules.toColumns(new MonthlyOrdinal(3, TUESDAY)))
                .isEqualTo(new ContactDayRules.Columns(MONTHLY, (short) 3, "TUESDAY", null));
        assertThat(ContactDayRules.toColumns(Weekly.of(FRIDAY, MONDAY, WEDNESDAY)))
                .isEqualTo(new ContactDayRules.Columns(WEEKLY, null, "MONDAY,WEDNESDAY,FRIDAY", null));
        assertThat(ContactDayRules.toColumns(ExplicitDates.of(D2, D1)))
                .isEqualTo(new ContactDayRules.Columns(DATES, null, null, "2026-12-15,2027-01-19"));
        assertThat(ContactDayRules.toColumns(ExplicitDates.of(days(366))).dates()).hasSize(366 * 11 - 1);
    }

    @Test
    void demoDataColumnsAreRead() {
        assertThat(ContactDayRules.fromColumns(new ContactDayRules.Columns(WEEKLY, null, "MONDAY, WEDNESDAY,FRIDAY", null)))
                .isEqualTo(Weekly.of(MONDAY, WEDNESDAY, FRIDAY));
        assertThat(ContactDayRules.fromColumns(new ContactDayRules.Columns(MONTHLY, (short) 3, "TUESDAY", null)))
                .isEqualTo(new MonthlyOrdinal(3, TUESDAY));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"WEEKLY||MONDAY,FUNDAY|", "DATES|||2026-02-30", "DATES|||15/12/2026",
            "MONTHLY|3|TUESDAY,WEDNESDAY|", "MONTHLY|7|TUESDAY|"})
    void unreadableColumnsAreRefused(RuleKind kind, Short ordinal, String weekdays, String dates) {
        assertThatThrownBy(() -> ContactDayRules.fromColumns(new ContactDayRules.Columns(kind, ordinal, weekdays, dates)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}–{1} → {2}")
    @CsvSource({
            "09:00, 11:30, ",
            ", , ",
            "09:00, , endsAt",
            ", 11:30, startsAt",
            "11:30, 09:00, endsAt",
            "09:00, 09:00, endsAt",
            "00:00, 23:59, "
    })
    void hoursComeAsAPairAndEndAfterTheyStart(LocalTime startsAt, LocalTime endsAt, String field) {
        assertThat(ContactDayRules.checkHours(startsAt, endsAt)).extracting(ContactDayRules.Violation::field)
                .containsExactlyElementsOf(field == null ? List.of() : List.of(field));
    }
}
