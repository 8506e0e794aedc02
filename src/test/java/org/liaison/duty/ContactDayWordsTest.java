package org.liaison.duty;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Stream;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;

class ContactDayWordsTest {

    static Stream<Object[]> clerkWording() {
        return Stream.of(
                new Object[]{"每月第三个星期二", monthly(3, TUESDAY)},
                new Object[]{"每月第3个周二", monthly(3, TUESDAY)},
                new Object[]{"每月第三周的周二", monthly(3, TUESDAY)},
                new Object[]{"每个月第一个礼拜一", monthly(1, MONDAY)},
                new Object[]{"每月 第二个 星期日", monthly(2, SUNDAY)},
                new Object[]{"每月第五个星期天", monthly(5, SUNDAY)},
                new Object[]{"每月最后一个星期五", monthly(-1, FRIDAY)},
                new Object[]{"每月末周五", monthly(-1, FRIDAY)},
                new Object[]{"third Tuesday monthly", monthly(3, TUESDAY)},
                new Object[]{"Third Tuesday of every month", monthly(3, TUESDAY)},
                new Object[]{"3rd Tue of each month", monthly(3, TUESDAY)},
                new Object[]{"monthly on the last Friday", monthly(-1, FRIDAY)},
                new Object[]{"Every month, first Monday", monthly(1, MONDAY)},
                new Object[]{"每周二、四", weekly(TUESDAY, THURSDAY)},
                new Object[]{"每周二、周四", weekly(TUESDAY, THURSDAY)},
                new Object[]{"每周二和周四", weekly(TUESDAY, THURSDAY)},
                new Object[]{"每周一、三、五", weekly(MONDAY, WEDNESDAY, FRIDAY)},
                new Object[]{"每星期三", weekly(WEDNESDAY)},
                new Object[]{"周六日", weekly(SATURDAY, SUNDAY)},
                new Object[]{"每周一至周五", weekly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)},
                new Object[]{"每周一到五", weekly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)},
                new Object[]{"工作日", weekly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)},
                new Object[]{"每周２，４", weekly(TUESDAY, THURSDAY)},
                new Object[]{"every Tuesday and Thursday", weekly(TUESDAY, THURSDAY)},
                new Object[]{"Tuesdays, Thursdays", weekly(TUESDAY, THURSDAY)},
                new Object[]{"weekly on Mon, Wed & Fri", weekly(MONDAY, WEDNESDAY, FRIDAY)},
                new Object[]{"Mon-Fri", weekly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)},
                new Object[]{"every weekday", weekly(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY)},
                new Object[]{"Every Monday, Wednesday and Friday", weekly(MONDAY, WEDNESDAY, FRIDAY)},
                new Object[]{"2026-12-15", dates("2026-12-15")},
                new Object[]{"2026-12-15、2027-01-19", dates("2026-12-15", "2027-01-19")},
                new Object[]{"2026年12月15日，2027年1月19日", dates("2026-12-15", "2027-01-19")},
                new Object[]{"指定日期 2026/12/15; 2027/1/19", dates("2026-12-15", "2027-01-19")},
                new Object[]{"On 2026-12-15 and 2027-01-19", dates("2026-12-15", "2027-01-19")});
    }

    @ParameterizedTest
    @MethodSource("clerkWording")
    void readsWhatClerksWrite(String words, DutyRule expected) {
        assertThat(ContactDayWords.read(words)).get().extracting(ContactDayWords.Reading::rule).isEqualTo(expected);
    }

    @Test
    void hoursMayFollowTheDays() {
        ContactDayWords.Reading reading = ContactDayWords.read("每月第三个星期二 9:00-11:30").orElseThrow();
        assertThat(reading.rule()).isEqualTo(monthly(3, TUESDAY));
        assertThat(reading.startsAt()).isEqualTo(LocalTime.of(9, 0));
        assertThat(reading.endsAt()).isEqualTo(LocalTime.of(11, 30));
        assertThat(ContactDayWords.read("every Tuesday 14:00 to 17:30").orElseThrow().endsAt()).isEqualTo(LocalTime.of(17, 30));
        assertThat(ContactDayWords.read("每周二 ９：００～１１：００").orElseThrow().startsAt()).isEqualTo(LocalTime.of(9, 0));
    }

    static Stream<Object[]> describedRules() {
        return Stream.of(new Object[]{monthly(3, TUESDAY)}, new Object[]{monthly(-1, FRIDAY)}, new Object[]{monthly(5, SUNDAY)},
                new Object[]{weekly(MONDAY, WEDNESDAY, FRIDAY)}, new Object[]{weekly(SUNDAY)});
    }

    @ParameterizedTest
    @MethodSource("describedRules")
    void readsBackWhatContactDayTextWrites(DutyRule rule) {
        LocalTime nine = LocalTime.of(9, 0);
        LocalTime noon = LocalTime.of(12, 0);
        ContactDayText.Words words = ContactDayText.describe(rule, nine, noon);
        for (String text : List.of(words.zh(), words.en())) {
            ContactDayWords.Reading reading = ContactDayWords.read(text).orElseThrow(() -> new AssertionError(text));
            assertThat(reading.rule()).as(text).isEqualTo(rule);
            assertThat(reading.startsAt()).isEqualTo(nine);
            assertThat(reading.endsAt()).isEqualTo(noon);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "随时", "每月", "每周", "每月第六个星期二", "每周八", "每周五至一", "sixth Tuesday monthly",
            "third Funday monthly", "every other Tuesday", "Fri-Mon", "2026-13-01", "2026-02-30", "2026-12-15 下午",
            "9:00-11:30", "每月第三个星期二 25:00-26:00"})
    void refusesWhatItCannotRead(String words) {
        assertThat(ContactDayWords.read(words)).as(words).isEmpty();
    }

    private static DutyRule monthly(int ordinal, DayOfWeek day) {
        return new DutyRule(RuleKind.MONTHLY, ordinal, List.of(day), List.of());
    }

    private static DutyRule weekly(DayOfWeek... days) {
        return new DutyRule(RuleKind.WEEKLY, null, List.of(days), List.of());
    }

    private static DutyRule dates(String... dates) {
        return new DutyRule(RuleKind.DATES, null, List.of(), Stream.of(dates).map(LocalDate::parse).toList());
    }
}
