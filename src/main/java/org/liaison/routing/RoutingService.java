package org.liaison.routing;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.deputy.Deputy;
import org.liaison.deputy.DeputyRepository;
import org.liaison.duty.DutyMapper;
import org.liaison.duty.Duty;
import org.liaison.venue.Venue;
import org.liaison.venue.VenueService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the routing snapshot and lets the pure {@link RoutingPolicy} decide. The chosen deputy's load grows when the
 * caller's case is written with it (a trigger keeps loads equal to the open cases).
 * The only locks are the load rows of the deputies this decision looks at, taken in one statement in id order
 * (so two routers never deadlock) and held until the assigning transaction ends: submissions that share a deputy
 * take turns, everything else (another venue, another station of the same home) runs in parallel, and the loads
 * read under the lock are exact, so equally loaded deputies really do take turns. Must run inside that transaction.
 */
@ApplicationScoped
public class RoutingService {

    private final VenueService venues;
    private final RoutingSnapshotRepository snapshots;
    private final DeputyRepository deputies;
    private final DeputyLoads loads;
    private final RoutingPolicy policy;
    private final Clock clock;

    RoutingService(VenueService venues, RoutingSnapshotRepository snapshots, DeputyRepository deputies, DeputyLoads loads,
                   RoutingConfig config, Clock clock) {
        this.venues = venues;
        this.snapshots = snapshots;
        this.deputies = deputies;
        this.loads = loads;
        this.policy = new RoutingPolicy(config.topicSlack());
        this.clock = clock;
    }

    /** The venues, duties and deputies a decision looks at; the loads are read per attempt. */
    private record People(List<Venue> chain, List<List<Duty>> duties, Map<Long, Deputy> byId) {
    }

    /**
     * Routes a case submitted at {@code venueId}, optionally to a personal deputy, skipping the excluded ones. The
     * candidates' load rows stay locked until the caller's transaction ends, so the case must be assigned in it.
     */
    public Uni<RoutingDecision> route(Long venueId, Long personalDeputyId, String categoryCode, Set<Long> excluded) {
        return venues.chain(venueId)
                .flatMap(chain -> people(chain, personalDeputyId))
                .flatMap(people -> loads.lock(people.byId().keySet()).map(load ->
                        policy.decide(request(people, personalDeputyId, categoryCode, excluded, load))))
                .invoke(decision -> Log.debugf("Routing at venue %d: %s (%s)", venueId, decision.rule(), decision.reasonEn()));
    }

    private Uni<People> people(List<Venue> chain, Long personalDeputyId) {
        return snapshots.staffed(chain.stream().map(v -> v.id).toList()).flatMap(staffed -> {
            Map<Long, Deputy> byId = new HashMap<>();
            List<List<Duty>> dutyLists = new ArrayList<>();
            for (Venue venue : chain) {
                List<Duty> atVenue = new ArrayList<>();
                for (RoutingSnapshotRepository.Staffed row : staffed) {
                    if (venue.id.equals(row.duty().venueId)) {
                        atVenue.add(row.duty());
                        byId.put(row.deputy().id, row.deputy());
                    }
                }
                dutyLists.add(atVenue);
            }
            // a personal code's deputy usually serves the venue; only when not is it one more read
            Uni<Void> personal = personalDeputyId == null || byId.containsKey(personalDeputyId)
                    ? Uni.createFrom().voidItem()
                    : deputies.findById(personalDeputyId).invoke(d -> {
                        if (d != null) {
                            byId.put(d.id, d);
                        }
                    }).replaceWithVoid();
            return personal.map(ignored -> new People(chain, dutyLists, byId));
        });
    }

    private RoutingRequest request(People people, Long personalDeputyId, String categoryCode, Set<Long> excluded,
                                   Map<Long, DeputyLoads.Load> load) {
        LocalDate today = LocalDate.now(clock);
        List<RoutingVenue> venuesWithDeputies = new ArrayList<>();
        for (int i = 0; i < people.chain().size(); i++) {
            Venue venue = people.chain().get(i);
            List<DeputyCandidate> candidates = new ArrayList<>();
            for (Duty duty : people.duties().get(i)) {
                candidates.add(candidate(people.byId().get(duty.deputyId), onDuty(duty, today), load));
            }
            venuesWithDeputies.add(new RoutingVenue(venue.id, venue.name, venue.kind, candidates));
        }
        Deputy personalDeputy = personalDeputyId == null ? null : people.byId().get(personalDeputyId);
        DeputyCandidate personal = personalDeputy == null ? null : candidate(personalDeputy, false, load);
        return new RoutingRequest(venuesWithDeputies, personal, categoryCode, excluded);
    }

    private static DeputyCandidate candidate(Deputy deputy, boolean onDuty, Map<Long, DeputyLoads.Load> loads) {
        DeputyLoads.Load load = loads.getOrDefault(deputy.id, DeputyLoads.Load.NONE);
        return new DeputyCandidate(deputy.id, deputy.name, deputy.active, onDuty,
                DeputyCandidate.topicsOf(deputy.topics), load.openCases(), load.lastAssignedAt());
    }

    private static boolean onDuty(Duty duty, LocalDate today) {
        try {
            return DutyMapper.contactDayRule(duty).isContactDay(today);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
