package org.liaison.routing;

import org.liaison.venue.VenueKind;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Small builders for routing fixtures. */
final class Deputies {

    static final Instant T0 = Instant.parse("2026-03-17T01:00:00Z");

    private Deputies() {
    }

    /** An active deputy, not on duty, no topics, no open cases, never assigned. */
    static DeputyCandidate deputy(long id, String name) {
        return new DeputyCandidate(id, name, true, false, Set.of(), 0, null);
    }

    static DeputyCandidate open(DeputyCandidate d, int openCases) {
        return new DeputyCandidate(d.deputyId(), d.displayName(), d.active(), d.onDutyToday(), d.topics(), openCases,
                d.lastAssignedAt());
    }

    static DeputyCandidate onDuty(DeputyCandidate d) {
        return new DeputyCandidate(d.deputyId(), d.displayName(), d.active(), true, d.topics(), d.openCases(),
                d.lastAssignedAt());
    }

    static DeputyCandidate inactive(DeputyCandidate d) {
        return new DeputyCandidate(d.deputyId(), d.displayName(), false, d.onDutyToday(), d.topics(), d.openCases(),
                d.lastAssignedAt());
    }

    static DeputyCandidate topics(DeputyCandidate d, String... topics) {
        return new DeputyCandidate(d.deputyId(), d.displayName(), d.active(), d.onDutyToday(), Set.of(topics),
                d.openCases(), d.lastAssignedAt());
    }

    static DeputyCandidate lastAssigned(DeputyCandidate d, Instant at) {
        return new DeputyCandidate(d.deputyId(), d.displayName(), d.active(), d.onDutyToday(), d.topics(),
                d.openCases(), at);
    }

    static RoutingVenue point(long id, String name, DeputyCandidate... deputies) {
        return new RoutingVenue(id, name, VenueKind.POINT, List.of(deputies));
    }

    static RoutingVenue station(long id, String name, DeputyCandidate... deputies) {
        return new RoutingVenue(id, name, VenueKind.STATION, List.of(deputies));
    }

    static RoutingVenue home(long id, String name, DeputyCandidate... deputies) {
        return new RoutingVenue(id, name, VenueKind.HOME, List.of(deputies));
    }

    static RoutingRequest request(String category, RoutingVenue... chain) {
        return new RoutingRequest(List.of(chain), null, category, java.util.Set.of());
    }

    static RoutingRequest excluding(Set<Long> excluded, String category, RoutingVenue... chain) {
        return new RoutingRequest(List.of(chain), null, category, excluded);
    }
}
