package org.liaison.duty;

import io.quarkus.logging.Log;
import org.liaison.duty.calendar.DutyCalendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds a venue's schedule from its duties through the pure {@link DutyCalendar}. */
final class DutySchedules {

    private DutySchedules() {
    }

    static VenueSchedule of(Long venueId, LocalDate today, List<DutyRepository.WithDeputy> duties) {
        List<DutyCalendar.Slot> slots = new ArrayList<>();
        Map<Long, String> names = new HashMap<>();
        for (DutyRepository.WithDeputy row : duties) {
            if (!row.deputyActive()) {
                continue;
            }
            Duty duty = row.duty();
            try {
                slots.add(new DutyCalendar.Slot(duty.deputyId, DutyMapper.contactDayRule(duty), duty.startsAt, duty.endsAt));
                names.put(duty.deputyId, row.deputyName());
            } catch (IllegalArgumentException e) {
                // A row written around the API must not take the whole venue's schedule down with it.
                Log.warnf("Duty %d of venue %d has an unreadable rule and is left out of the schedule: %s",
                        duty.id, venueId, e.getMessage());
            }
        }
        DutyCalendar calendar = new DutyCalendar(slots);
        VenueSchedule.ContactDay next = calendar.nextContactDay(today)
                .map(day -> new VenueSchedule.ContactDay(day.date(), deputies(day.slots(), names)))
                .orElse(null);
        return new VenueSchedule(venueId, today, deputies(calendar.onDuty(today), names), next);
    }

    private static List<VenueSchedule.DeputyOnDuty> deputies(List<DutyCalendar.Slot> slots, Map<Long, String> names) {
        return slots.stream()
                .map(slot -> new VenueSchedule.DeputyOnDuty(slot.deputyId(), names.get(slot.deputyId()),
                        slot.startsAt(), slot.endsAt()))
                .toList();
    }
}
