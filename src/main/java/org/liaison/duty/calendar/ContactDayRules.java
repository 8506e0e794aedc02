package org.liaison.duty.calendar;

import org.liaison.duty.RuleKind;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The one place that knows the shape of a duty's rule: which parts each kind needs, how a rule is
 * stored in the duty columns (comma-separated weekday names and ISO dates) and read back from them.
 */
public final class ContactDayRules {

    public static final int MAX_DATES = 366;

    /** What is wrong with one part of a rule, named as the client sent it. */
    public record Violation(String field, String message) {
    }

    /** A rule as the duty table stores it. */
    public record Columns(RuleKind kind, Short weekOrdinal, String weekdays, String dates) {
    }

    private ContactDayRules() {
    }

    /** Everything wrong with a rule as a client states it; empty when it describes exactly one valid rule. */
    public static List<Violation> check(RuleKind kind, Integer weekOrdinal, List<DayOfWeek> weekdays, List<LocalDate> dates) {
        List<Violation> violations = new ArrayList<>();
        if (kind == null) {
            violations.add(new Violation("kind", "must be MONTHLY, WEEKLY or DATES"));
            return violations;
        }
        // List.of() throws on contains(null), and clients may send nulls: keep the null checks stream-based.
        List<DayOfWeek> days = weekdays == null ? List.of() : weekdays;
        List<LocalDate> listed = dates == null ? List.of() : dates;
        if (kind == RuleKind.MONTHLY) {
            if (weekOrdinal == null) {
                violations.add(new Violation("weekOrdinal", "is required for a MONTHLY rule: 1 to 5, or -1 for the last"));
            } else if (!MonthlyOrdinal.isValidOrdinal(weekOrdinal)) {
                violations.add(new Violation("weekOrdinal", "must be 1 to 5, or -1 for the last such weekday of the month"));
            }
        } else if (weekOrdinal != null) {
            violations.add(new Violation("weekOrdinal", "only a MONTHLY rule has a week ordinal"));
        }
        if (kind == RuleKind.DATES) {
            if (!days.isEmpty()) {
                violations.add(new Violation("weekdays", "a DATES rule lists dates, not weekdays"));
            }
        } else if (days.stream().anyMatch(Objects::isNull)) {
            violations.add(new Violation("weekdays", "must not contain empty entries"));
        } else if (kind == RuleKind.MONTHLY && days.size() != 1) {
            violations.add(new Violation("weekdays", "a MONTHLY rule names exactly one weekday"));
        } else if (days.isEmpty()) {
            violations.add(new Violation("weekdays", "a WEEKLY rule names at least one weekday"));
        } else if (new HashSet<>(days).size() != days.size()) {
            violations.add(new Violation("weekdays", "must not repeat a weekday"));
        }
        if (kind != RuleKind.DATES) {
            if (!listed.isEmpty()) {
                violations.add(new Violation("dates", "only a DATES rule lists dates"));
            }
        } else if (listed.isEmpty()) {
            violations.add(new Violation("dates", "a DATES rule lists at least one date"));
        } else if (listed.size() > MAX_DATES) {
            violations.add(new Violation("dates", "must list at most " + MAX_DATES + " dates"));
        } else if (listed.stream().anyMatch(Objects::isNull)) {
            violations.add(new Violation("dates", "must not contain empty entries"));
        } else if (new HashSet<>(listed).size() != listed.size()) {
            violations.add(new Violation("dates", "must not repeat a date"));
        }
        return violations;
    }

    /** Contact hours are optional, but come as a pair, and a duty ends after it starts. */
    public static List<Violation> checkHours(LocalTime startsAt, LocalTime endsAt) {
        if (startsAt == null && endsAt != null) {
            return List.of(new Violation("startsAt", "is required when endsAt is given"));
        }
        if (startsAt != null && endsAt == null) {
            return List.of(new Violation("endsAt", "is required when startsAt is given"));
        }
        if (startsAt != null && !startsAt.isBefore(endsAt)) {
            return List.of(new Violation("endsAt", "must be after startsAt"));
        }
        return List.of();
    }

    /** The rule described; throws IllegalArgumentException naming the first problem when {@link #check} finds any. */
    public static ContactDayRule toRule(RuleKind kind, Integer weekOrdinal, List<DayOfWeek> weekdays, List<LocalDate> dates) {
        List<Violation> violations = check(kind, weekOrdinal, weekdays, dates);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.get(0).field() + ": " + violations.get(0).message());
        }
        return switch (kind) {
            case MONTHLY -> new MonthlyOrdinal(weekOrdinal, weekdays.get(0));
            case WEEKLY -> new Weekly(new HashSet<>(weekdays));
            case DATES -> ExplicitDates.of(dates);
        };
    }

    /** How the duty table stores a rule; weekdays and dates in calendar order. */
    public static Columns toColumns(ContactDayRule rule) {
        if (rule instanceof MonthlyOrdinal monthly) {
            return new Columns(RuleKind.MONTHLY, (short) monthly.ordinal(), monthly.weekday().name(), null);
        }
        if (rule instanceof Weekly weekly) {
            return new Columns(RuleKind.WEEKLY, null, join(weekly.weekdays()), null);
        }
        return new Columns(RuleKind.DATES, null, null, join(((ExplicitDates) rule).dates()));
    }

    /** Reads a stored rule back; throws IllegalArgumentException when the columns do not hold a valid rule. */
    public static ContactDayRule fromColumns(Columns columns) {
        return toRule(columns.kind(), columns.weekOrdinal() == null ? null : columns.weekOrdinal().intValue(),
                weekdaysOf(columns.weekdays()), datesOf(columns.dates()));
    }

    /** "MONDAY,FRIDAY" → [MONDAY, FRIDAY]; null or blank → empty. */
    public static List<DayOfWeek> weekdaysOf(String column) {
        try {
            return split(column).stream().map(name -> DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT))).toList();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("weekdays: not a list of weekday names: " + column, e);
        }
    }

    /** "2026-12-15,2027-01-19" → the dates; null or blank → empty. */
    public static List<LocalDate> datesOf(String column) {
        try {
            return split(column).stream().map(LocalDate::parse).toList();
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("dates: not a list of ISO dates: " + column, e);
        }
    }

    private static List<String> split(String column) {
        return column == null ? List.of()
                : Arrays.stream(column.split(",")).map(String::trim).filter(part -> !part.isEmpty()).toList();
    }

    private static String join(Collection<?> values) {
        return values.stream().map(Object::toString).collect(Collectors.joining(","));
    }
}
