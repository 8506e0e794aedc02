package org.liaison.routing;

import org.liaison.duty.calendar.ContactDayRules;
import org.liaison.venue.VenueKind;

import java.util.List;
import java.util.Map;

/**
 * What one routing decision looks at, read in one flight: the venue and its ancestors (nearest first), the duties
 * at each with their deputies, the personal deputy when there is one, and the locked loads of all of them.
 */
record RoutingSnapshot(List<ChainVenue> chain, Map<Long, Person> deputies, Map<Long, DeputyLoad> loads) {

    /** A venue of the chain with its duties, by duty id. */
    record ChainVenue(long id, String name, VenueKind kind, List<DutyAt> duties) {
    }

    /** One duty: who serves it and on which days. */
    record DutyAt(long deputyId, ContactDayRules.Columns rule) {
    }

    /** A deputy as routing sees it. */
    record Person(long id, String name, boolean active, String topics) {
    }
}
