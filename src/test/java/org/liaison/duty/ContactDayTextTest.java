package org.liaison.duty;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

class ContactDayTextTest {

    static Stream<Object[]> rules() {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime half11 = LocalTime.of(11, 30);
        return Stream.of(
                new Object[]{monthly(3, TUESDAY), nine, half11, "每月第三个星期二 09:00–11:30", "Third Tuesday of every month 09:00–11:30"},
                new Object[]{monthly(-1, FRIDAY), null, null, "每月最后一个星期五", "Last Friday of every month"},
                new Object[]{monthly(1, SUNDAY), nine, null, "每月第一个星期日", "First Sunday of every month"},
                new Object[]{weekly(List.of(MONDAY, WEDNESDAY, FRIDAY)), nine, half11, "每周一、三、五 09:00–11:30",
                        "Every Monday, Wednesday and Friday 09:00–11:30"},
                new Object[]{weekly(List.of(WEDNESDAY)), null, null, "每周三", "Every Wednesday"},
                new Object[]{dates(List.of(LocalDate.of(2026, 12, 15))), null, null, "指定日期 2026-12-15", "On 2026-12-15"},
                new Object[]{dates(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 2, 1), LocalDate.of(2026, 3, 1),
                        LocalDate.of(2026, 4, 1))), null, null, "指定日期 2026-01-01, 2026-02-01, 2026-03-01 …",
                        "On 2026-01-01, 2026-02-01, 2026-03-01 …"});
    }

    @ParameterizedTest
    @MethodSource("rules")
    void describesTheRuleInBothLanguages(DutyRule rule, LocalTime starts, LocalTime ends, String zh, String en) {
        ContactDayText.Words words = ContactDayText.describe(rule, starts, ends);
        assertThat(words.zh()).isEqualTo(zh);
        assertThat(words.en()).isEqualTo(en);
    }

    private static DutyRule monthly(int ordinal, DayOfWeek day) {
        return new DutyRule(RuleKind.MONTHLY, ordinal, List.of(day), List.of());
    }

    private static DutyRule weekly(List<DayOfWeek> days) {
        return new DutyRule(RuleKind.WEEKLY, null, days, List.of());
    }

    private static DutyRule dates(List<LocalDate> dates) {
        return new DutyRule(RuleKind.DATES, null, List.of(), dates);
    }
}
