package org.liaison.duty;

import org.liaison.duty.calendar.ContactDayRule;
import org.liaison.duty.calendar.ContactDayRules;

import java.time.LocalTime;

/** Between duty requests, the duty columns, the calendar rule and the view. */
public final class DutyMapper {

    private DutyMapper() {
    }

    /** Stores a validated rule in its canonical form (weekdays and dates in calendar order). */
    static void apply(DutyRule rule, LocalTime startsAt, LocalTime endsAt, Duty duty) {
        ContactDayRules.Columns columns = ContactDayRules.toColumns(
                ContactDayRules.toRule(rule.kind(), rule.weekOrdinal(), rule.weekdays(), rule.dates()));
        duty.ruleKind = columns.kind();
        duty.weekOrdinal = columns.weekOrdinal();
        duty.weekdays = columns.weekdays();
        duty.dates = columns.dates();
        duty.startsAt = startsAt;
        duty.endsAt = endsAt;
    }

    /** The duty's rule for the calendar; IllegalArgumentException when the stored columns are not a valid rule. */
    public static ContactDayRule contactDayRule(Duty duty) {
        return ContactDayRules.fromColumns(new ContactDayRules.Columns(duty.ruleKind, duty.weekOrdinal, duty.weekdays, duty.dates));
    }

    /** The duty's rule as the API shows it. */
    public static DutyRule ruleOf(Duty duty) {
        return new DutyRule(duty.ruleKind, duty.weekOrdinal == null ? null : duty.weekOrdinal.intValue(),
                ContactDayRules.weekdaysOf(duty.weekdays), ContactDayRules.datesOf(duty.dates));
    }

    static DutyView toView(Duty duty, String deputyName) {
        DutyRule rule = ruleOf(duty);
        return new DutyView(duty.id, duty.venueId, duty.deputyId, deputyName, rule, duty.startsAt, duty.endsAt,
                duty.createdAt, duty.updatedAt, duty.version);
    }
}
