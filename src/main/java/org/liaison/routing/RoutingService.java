package org.liaison.routing;

import io.quarkus.hibernate.reactive.panache.Panache;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the routing snapshot from the database under per-venue advisory locks and lets the pure
 * {@link RoutingPolicy} decide. Must run inside the transaction that then assigns the case, so the
 * locks (released at commit) make concurrent submissions see each other's assignments.
 */
@ApplicationScoped
public class RoutingService {

    /** Keeps these advisory lock keys apart from any other use of advisory locks. */
    private static final long VENUE_LOCK_NAMESPACE = 0x5645_4E55_0000_0000L;

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

    /** Routes a case submitted at {@code venueId}, optionally to a personal deputy, skipping the excluded ones. */
    public Uni<RoutingDecision> route(Long venueId, Long personalDeputyId, String categoryCode, Set<Long> excluded) {
        return venues.chain(venueId)
                .call(this::lockChain)
                .flatMap(chain -> snapshot(chain, personalDeputyId, categoryCode, excluded))
                .map(policy::decide)
                .invoke(decision -> Log.debugf("Routing at venue %d: %s (%s)", venueId, decision.rule(), decision.reasonEn()));
    }

    private Uni<Void> lockChain(List<Venue> chain) {
        Uni<Void> locks = Uni.createFrom().voidItem();
        for (Venue venue : chain) {
            locks = locks.chain(() -> Panache.getSession().flatMap(session -> session
                    .createNativeQuery("select cast(pg_advisory_xact_lock(:key) as text)")
                    .setParameter("key", VENUE_LOCK_NAMESPACE + venue.id)
                    .getSingleResult()).replaceWithVoid());
        }
        return locks;
    }

    private Uni<RoutingRequest> snapshot(List<Venue> chain, Long personalDeputyId, String categoryCode, Set<Long> excluded) {
        LocalDate today = LocalDate.now(clock);
        List<Uni<List<DutyRepository.WithDeputy>>> perVenue = chain.stream().map(v -> duties.listWithDeputies(v.id)).toList();
        Uni<List<List<DutyRepository.WithDeputy>>> allDuties = sequence(perVenue);
        return allDuties.flatMap(dutyLists -> {
            Set<Long> ids = new HashSet<>();
            dutyLists.forEach(list -> list.forEach(row -> ids.add(row.duty().deputyId)));
            if (personalDeputyId != null) {
                ids.add(personalDeputyId);
            }
            Uni<List<Deputy>> people = ids.isEmpty() ? Uni.createFrom().item(List.of()) : deputies.list("id in ?1", ids);
            return people.flatMap(found -> loads.of(ids)
                    .map(load -> {
                        Map<Long, Deputy> byId = new java.util.HashMap<>();
                        found.forEach(d -> byId.put(d.id, d));
                        List<RoutingVenue> venuesWithDeputies = new ArrayList<>();
                        for (int i = 0; i < chain.size(); i++) {
                            Venue venue = chain.get(i);
                            List<DeputyCandidate> candidates = new ArrayList<>();
                            for (DutyRepository.WithDeputy row : dutyLists.get(i)) {
                                Deputy deputy = byId.get(row.duty().deputyId);
                                candidates.add(candidate(deputy, onDuty(row, today), load));
                            }
                            venuesWithDeputies.add(new RoutingVenue(venue.id, venue.name, venue.kind, candidates));
                        }
                        DeputyCandidate personal = personalDeputyId == null || byId.get(personalDeputyId) == null ? null
                                : candidate(byId.get(personalDeputyId), false, load);
                        return new RoutingRequest(venuesWithDeputies, personal, categoryCode, excluded);
                    }));
        });
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
