package org.liaison.routing;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Everything routing needs, read from the database under the venue lock (see {@link RoutingPolicy}).
 *
 * @param venueChain        the venue where the resident scanned first, then its parent, grandparent ...; for a
 *                          deputy's personal code, the chain of a venue that deputy serves (the fallback)
 * @param personalDeputy    the deputy whose personal code was scanned, or null; only its id, name and active
 *                          flag matter
 * @param categoryCode      the case's category code, matched against deputies' topics
 * @param excludedDeputyIds deputies who already declined this case or let it escalate
 */
public record RoutingRequest(List<RoutingVenue> venueChain, DeputyCandidate personalDeputy, String categoryCode,
                             Set<Long> excludedDeputyIds) {

    public RoutingRequest {
        venueChain = List.copyOf(Objects.requireNonNull(venueChain, "venueChain"));
        Objects.requireNonNull(categoryCode, "categoryCode");
        excludedDeputyIds = excludedDeputyIds == null ? Set.of() : Set.copyOf(excludedDeputyIds);
    }
}
