package org.liaison.routing;

import org.liaison.venue.VenueKind;

import java.util.List;
import java.util.Objects;

/** One venue of the chain (scanned venue, its parent, grandparent) with the deputies serving it. */
public record RoutingVenue(long id, String name, VenueKind kind, List<DeputyCandidate> deputies) {

    public RoutingVenue {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        deputies = deputies == null ? List.of() : List.copyOf(deputies);
    }
}
