package org.liaison.duty;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a contact-day rule as a clerk writes it in a spreadsheet, in Chinese or English: 每月第三个星期二,
 * 每周二、四, 每周一至周五, third Tuesday monthly, every Tuesday and Thursday, or a list of dates; hours such as
 * 9:00-11:30 may follow. The inverse of {@link ContactDayText}, whose words it reads back. Pure: whether the
 * rule is then valid is {@link org.liaison.duty.calendar.ContactDayRules}' to say.
 */
public final class ContactDayWords {

    /** The rule read, with the hours when the words carried them. */
    public record Reading(DutyRule rule, LocalTime startsAt, LocalTime endsAt) {
    }

    private static final String ZH_DAYS = "一二三四五六日";
    private static final String ZH_DAY = "[一二三四五六日天1-7]";
    private static final Pattern HOURS = Pattern.compile(
            "(\\d{1,2})[:：](\\d{2})\\s*(?:-|–|—|~|～|至|到|to)\\s*(\\d{1,2})[:：](\\d{2})");
    private static final Pattern DATE = Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?");
    private static final Pattern DATE_FILLER = Pattern.compile("(指定日期|日期|dates?|on|and|[\\s,，、;；:：和及与&])*");
    private static final Pattern ZH_MONTHLY = Pattern.compile(
            "每(?:个)?月(?:的)?(?:第([一二三四五1-5])(?:个|周|週)?(?:的)?|(最后一个|最后|末个|末|倒数第一个))(?:星期|周|礼拜)(" + ZH_DAY + ")");
    private static final Pattern ZH_WEEKLY = Pattern.compile("(?:每|逢)?(?:周|星期|礼拜)(.+)");
    private static final Pattern EN_ORDINAL = Pattern.compile(
            "(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\\s+([a-z]+?)s?\\b");
    private static final Map<String, Integer> EN_ORDINALS = Map.ofEntries(
            Map.entry("first", 1), Map.entry("1st", 1), Map.entry("second", 2), Map.entry("2nd", 2),
            Map.entry("third", 3), Map.entry("3rd", 3), Map.entry("fourth", 4), Map.entry("4th", 4),
            Map.entry("fifth", 5), Map.entry("5th", 5), Map.entry("last", -1));

    private ContactDayWords() {
    }

    /** The rule these words state, or empty when they are not a rule this reader knows. */
    public static Optional<Reading> read(String words) {
        if (words == null || words.isBlank()) {
            return Optional.empty();
        }
        String text = halfWidth(words).toLowerCase(Locale.ROOT).strip();
        LocalTime startsAt = null;
        LocalTime endsAt = null;
        Matcher hours = HOURS.matcher(text);
        if (hours.find()) {
            try {
                startsAt = LocalTime.of(Integer.parseInt(hours.group(1)), Integer.parseInt(hours.group(2)));
                endsAt = LocalTime.of(Integer.parseInt(hours.group(3)), Integer.parseInt(hours.group(4)));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
            text = (text.substring(0, hours.start()) + " " + text.substring(hours.end())).strip();
        }
        String days = text;
        Optional<DutyRule> rule = dates(days).or(() -> monthlyZh(days)).or(() -> monthlyEn(days)).or(() -> weekly(days));
        LocalTime start = startsAt;
        LocalTime end = endsAt;
        return rule.map(r -> new Reading(r, start, end));
    }

    private static Optional<DutyRule> dates(String text) {
        Matcher date = DATE.matcher(text);
        List<LocalDate> dates = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int last = 0;
        while (date.find()) {
            try {
                dates.add(LocalDate.of(Integer.parseInt(date.group(1)), Integer.parseInt(date.group(2)),
                        Integer.parseInt(date.group(3))));
            } catch (DateTimeException e) {
                return Optional.empty();
            }
            rest.append(text, last, date.start()).append(' ');
            last = date.end();
        }
        rest.append(text.substring(last));
        if (dates.isEmpty() || !DATE_FILLER.matcher(rest).matches()) {
            return Optional.empty();
        }
        return Optional.of(new DutyRule(RuleKind.DATES, null, List.of(), dates));
    }

    private static Optional<DutyRule> monthlyZh(String text) {
        Matcher monthly = ZH_MONTHLY.matcher(text.replaceAll("\\s+", ""));
        if (!monthly.matches()) {
            return Optional.empty();
        }
        int ordinal = monthly.group(2) != null ? -1 : zhNumber(monthly.group(1));
        return Optional.of(new DutyRule(RuleKind.MONTHLY, ordinal, List.of(zhDay(monthly.group(3))), List.of()));
    }

    /** "third tuesday monthly", "3rd tuesday of every month", "monthly on the last friday", "every month, first monday". */
    private static Optional<DutyRule> monthlyEn(String text) {
        if (!text.contains("month")) {
            return Optional.empty();
        }
        Matcher ordinal = EN_ORDINAL.matcher(text);
        if (!ordinal.find()) {
            return Optional.empty();
        }
        Optional<DayOfWeek> day = enDay(ordinal.group(2));
        String rest = (text.substring(0, ordinal.start()) + " " + text.substring(ordinal.end()))
                .replaceAll("\\b(of|every|each|the|a|on|in|month|monthly)\\b|[,，.]", " ").strip();
        if (day.isEmpty() || !rest.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new DutyRule(RuleKind.MONTHLY, EN_ORDINALS.get(ordinal.group(1)), List.of(day.get()), List.of()));
    }

    private static Optional<DutyRule> weekly(String text) {
        Optional<EnumSet<DayOfWeek>> days = text.matches(".*[a-z].*") ? weekdaysEn(text) : weekdaysZh(text);
        return days.filter(set -> !set.isEmpty())
                .map(set -> new DutyRule(RuleKind.WEEKLY, null, List.copyOf(set), List.of()));
    }

    private static Optional<EnumSet<DayOfWeek>> weekdaysZh(String text) {
        String compact = text.replaceAll("\\s+", "");
        if (compact.equals("工作日") || compact.equals("每个工作日") || compact.equals("每周工作日")) {
            return Optional.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        }
        Matcher weekly = ZH_WEEKLY.matcher(compact);
        if (!weekly.matches()) {
            return Optional.empty();
        }
        String list = weekly.group(1).replaceAll("(?:星期|周|礼拜)", "");
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : list.split("[、,，;；和及与/]+")) {
            Matcher range = Pattern.compile("(" + ZH_DAY + ")(?:至|到|-|~|～)(" + ZH_DAY + ")").matcher(part);
            if (range.matches()) {
                DayOfWeek from = zhDay(range.group(1));
                DayOfWeek to = zhDay(range.group(2));
                if (from.compareTo(to) > 0) {
                    return Optional.empty();
                }
                days.addAll(EnumSet.range(from, to));
            } else if (part.matches(ZH_DAY + "+")) {
                part.chars().forEach(c -> days.add(zhDay(String.valueOf((char) c))));
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(days);
    }

    /** "every tuesday and thursday", "tuesdays, thursdays", "weekly on mon, wed", "mon-fri", "weekdays". */
    private static Optional<EnumSet<DayOfWeek>> weekdaysEn(String text) {
        String rest = text.replaceAll("\\b(every|each|weekly|week|on|a)\\b", " ").strip();
        if (rest.matches("(weekday|weekdays|working days?|workdays?)")) {
            return Optional.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        }
        EnumSet<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        for (String part : rest.split("\\s*(?:,|，|、|;|&|\\band\\b)\\s*")) {
            if (part.isBlank()) {
                continue;
            }
            String[] range = part.strip().split("\\s*(?:-|–|\\bto\\b|\\bthrough\\b)\\s*");
            Optional<DayOfWeek> from = enDay(range[0]);
            Optional<DayOfWeek> to = range.length == 2 ? enDay(range[1]) : from;
            if (range.length > 2 || from.isEmpty() || to.isEmpty() || from.get().compareTo(to.get()) > 0) {
                return Optional.empty();
            }
            days.addAll(EnumSet.range(from.get(), to.get()));
        }
        return Optional.of(days);
    }

    private static Optional<DayOfWeek> enDay(String word) {
        String w = word.strip().replaceAll("s$", "");
        if (w.length() < 3) {
            return Optional.empty();
        }
        for (DayOfWeek day : DayOfWeek.values()) {
            String name = day.name().toLowerCase(Locale.ROOT);
            // "tue", "tues", "thur", "thurs", "tuesday"
            if (name.startsWith(w)) {
                return Optional.of(day);
            }
        }
        return Optional.empty();
    }

    private static DayOfWeek zhDay(String c) {
        if (c.equals("天")) {
            return DayOfWeek.SUNDAY;
        }
        int digit = c.charAt(0) >= '1' && c.charAt(0) <= '7' ? c.charAt(0) - '0' : ZH_DAYS.indexOf(c) + 1;
        return DayOfWeek.of(digit);
    }

    private static int zhNumber(String c) {
        return c.charAt(0) >= '1' && c.charAt(0) <= '5' ? c.charAt(0) - '0' : "一二三四五".indexOf(c) + 1;
    }

    /** Full-width digits, colon, comma and tilde as half-width: Chinese input methods type both. */
    private static String halfWidth(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            out.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c == '：' ? ':' : c == '－' ? '-' : c);
        }
        return out.toString();
    }
}
