package org.liaison.duty.calendar;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The duties of one venue as a calendar: who is on duty on a given date, and the next contact day
 * with the deputies who receive residents that day. Answers without scanning day by day: each
 * rule knows its own next contact day, and the earliest of those is the venue's.
 */
public final class DutyCalendar {

    /** One deputy's duty at the venue, with its optional contact hours. */
    public record Slot(long deputyId, ContactDayRule rule, LocalTime startsAt, LocalTime endsAt) {
        public Slot {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** A date on which at least one deputy receives residents, with those deputies in order of their hours. */
    public record ContactDay(LocalDate date, List<Slot> slots) {
    }

    /** Morning duties before afternoon ones; duties without hours last; then by deputy for a stable order. */
    private static final Comparator<Slot> BY_HOURS = Comparator
            .comparing(Slot::startsAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(Slot::endsAt, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparingLong(Slot::deputyId);

    private final List<Slot> slots;

    public DutyCalendar(Collection<Slot> slots) {
        this.slots = List.copyOf(slots);
    }

    /** The duties whose rule makes {@code date} a contact day. */
    public List<Slot> onDuty(LocalDate date) {
        return slots.stream().filter(slot -> slot.rule().isContactDay(date)).sorted(BY_HOURS).toList();
    }

    /** The first date on or after {@code fromInclusive} on which anyone is on duty, with who is. */
    public Optional<ContactDay> nextContactDay(LocalDate fromInclusive) {
        return slots.stream()
                .map(slot -> slot.rule().next(fromInclusive))
                .flatMap(Optional::stream)
                .min(Comparator.naturalOrder())
                .map(date -> new ContactDay(date, onDuty(date)));
    }
}
