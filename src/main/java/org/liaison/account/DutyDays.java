package org.liaison.account;

import io.quarkus.logging.Log;
import org.liaison.duty.ContactDayText;
import org.liaison.duty.Duty;
import org.liaison.duty.DutyMapper;
import org.liaison.duty.DutyRule;
import org.liaison.duty.calendar.ContactDayRule;
import org.liaison.venue.Venue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A served venue's duty as the deputy's app shows it: the rule in words, today, the coming contact days. */
final class DutyDays {

    private DutyDays() {
    }

    static MeView.ServedVenue describe(ServedVenues.Row row, LocalDate today, int howMany) {
        Duty duty = row.duty();
        Venue venue = row.venue();
        DutyRule rule = DutyMapper.ruleOf(duty);
        ContactDayText.Words words = new ContactDayText.Words(null, null);
        List<LocalDate> next = new ArrayList<>();
        boolean onDutyToday = false;
        try {
            words = ContactDayText.describe(rule, duty.startsAt, duty.endsAt);
            ContactDayRule days = DutyMapper.contactDayRule(duty);
            onDutyToday = days.isContactDay(today);
            Optional<LocalDate> day = days.next(today);
            while (day.isPresent() && next.size() < howMany) {
                next.add(day.get());
                day = days.next(day.get().plusDays(1));
            }
        } catch (RuntimeException e) {
            // A row written around the API must not take the deputy's whole start screen down with it.
            Log.warnf("Duty %d has an unreadable rule; its contact days are left out: %s", duty.id, e.getMessage());
        }
        return new MeView.ServedVenue(venue.id, venue.name, venue.kind, venue.address, duty.id, rule, words.zh(), words.en(),
                duty.startsAt, duty.endsAt, onDutyToday, List.copyOf(next));
    }
}
