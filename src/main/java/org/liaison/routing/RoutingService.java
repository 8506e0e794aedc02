package org.liaison.routing;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.deputy.Deputy;
import org.liaison.deputy.DeputyRepository;
import org.liaison.duty.DutyMapper;
import org.liaison.duty.DutyRepository;
import org.liaison.venue.Venue;
import org.liaison.venue.VenueService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    private final DutyRepository duties;
    private final DeputyRepository deputies;
    private final DeputyLoads loads;
    private final RoutingPolicy policy;
    private final Clock clock;

    RoutingService(VenueService venues, DutyRepository duties, DeputyRepository deputies, DeputyLoads loads,
                   RoutingConfig config, Clock clock) {
        this.venues = venues;
        this.duties = duties;
        this.deputies = deputies;
        this.loads = loads;
        this.policy = new RoutingPolicy(config.topicSlack());
        this.clock = clock;
    }

    /** The venues, duties and deputies a decision looks at; the loads are read per attempt. */
    private record People(List<Venue> chain, List<List<DutyRepository.WithDeputy>> duties, Map<Long, Deputy> byId) {
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
        List<Uni<List<DutyRepository.WithDeputy>>> perVenue = chain.stream().map(v -> duties.listWithDeputies(v.id)).toList();
        return sequence(perVenue).flatMap(dutyLists -> {
            Set<Long> ids = new HashSet<>();
            dutyLists.forEach(list -> list.forEach(row -> ids.add(row.duty().deputyId)));
            if (personalDeputyId != null) {
                ids.add(personalDeputyId);
            }
            Uni<List<Deputy>> found = ids.isEmpty() ? Uni.createFrom().item(List.of()) : deputies.list("id in ?1", ids);
            return found.map(list -> {
                Map<Long, Deputy> byId = new HashMap<>();
                list.forEach(d -> byId.put(d.id, d));
                return new People(chain, dutyLists, byId);
            });
        });
    }

    private RoutingRequest request(People people, Long personalDeputyId, String categoryCode, Set<Long> excluded,
                                   Map<Long, DeputyLoads.Load> load) {
        LocalDate today = LocalDate.now(clock);
        List<RoutingVenue> venuesWithDeputies = new ArrayList<>();
        for (int i = 0; i < people.chain().size(); i++) {
            Venue venue = people.chain().get(i);
            List<DeputyCandidate> candidates = new ArrayList<>();
            for (DutyRepository.WithDeputy row : people.duties().get(i)) {
                candidates.add(candidate(people.byId().get(row.duty().deputyId), onDuty(row, today), load));
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

    private static boolean onDuty(DutyRepository.WithDeputy row, LocalDate today) {
        try {
            return DutyMapper.contactDayRule(row.duty()).isContactDay(today);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }

    /** Runs the queries one after another: a Hibernate Reactive session takes one query at a time. */
    private static <T> Uni<List<T>> sequence(List<Uni<T>> unis) {
        Uni<List<T>> result = Uni.createFrom().item(new ArrayList<>());
        for (Uni<T> uni : unis) {
            result = result.flatMap(list -> uni.map(item -> {
                list.add(item);
                return list;
            }));
        }
        return result;
    }
}
