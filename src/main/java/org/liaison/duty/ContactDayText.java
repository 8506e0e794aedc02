package org.liaison.duty;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.stream.Collectors;

/** A duty's contact days in words, Chinese and English, for posters and the resident's page. Pure. */
public final class ContactDayText {

    private static final String[] ZH_ORDINAL = {"", "一", "二", "三", "四", "五"};
    private static final String[] EN_ORDINAL = {"", "First", "Second", "Third", "Fourth", "Fifth"};
    private static final String ZH_WEEKDAYS = "一二三四五六日";

    /** The rule in both languages. */
    public record Words(String zh, String en) {
    }

    private ContactDayText() {
    }

    public static Words describe(DutyRule rule, LocalTime startsAt, LocalTime endsAt) {
        String hours = startsAt == null || endsAt == null ? "" : " " + startsAt + "–" + endsAt;
        return switch (rule.kind()) {
            case MONTHLY -> {
                DayOfWeek day = rule.weekdays().get(0);
                int ordinal = rule.weekOrdinal();
                String zh = ordinal == -1 ? "每月最后一个" + zhDay(day) : "每月第" + ZH_ORDINAL[ordinal] + "个" + zhDay(day);
                String en = (ordinal == -1 ? "Last" : EN_ORDINAL[ordinal]) + " " + enDay(day) + " of every month";
                yield new Words(zh + hours, en + hours);
            }
            case WEEKLY -> new Words(
                    "每周" + rule.weekdays().stream().map(d -> String.valueOf(ZH_WEEKDAYS.charAt(d.getValue() - 1)))
                            .collect(Collectors.joining("、")) + hours,
                    "Every " + joinEnglish(rule.weekdays().stream().map(ContactDayText::enDay).toList()) + hours);
            case DATES -> {
                List<LocalDate> dates = rule.dates();
                String shown = dates.stream().limit(3).map(LocalDate::toString).collect(Collectors.joining(", "))
                        + (dates.size() > 3 ? " …" : "");
                yield new Words("指定日期 " + shown + hours, "On " + shown + hours);
            }
        };
    }

    private static String zhDay(DayOfWeek day) {
        return "星期" + ZH_WEEKDAYS.charAt(day.getValue() - 1);
    }

    private static String enDay(DayOfWeek day) {
        String name = day.name();
        return name.charAt(0) + name.substring(1).toLowerCase(java.util.Locale.ROOT);
    }

    private static String joinEnglish(List<String> words) {
        if (words.size() == 1) {
            return words.get(0);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " and " + words.get(words.size() - 1);
    }
}
