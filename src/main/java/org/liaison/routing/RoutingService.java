package org.liaison.routing;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.problem.ProblemException;
import org.liaison.common.sql.SessionStatements;
import org.liaison.common.sql.TxStatements;
import org.liaison.duty.calendar.ContactDayRules;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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

    private final RoutingSnapshotRepository snapshots;
    private final RoutingPolicy policy;
    private final Clock clock;

    RoutingService(RoutingSnapshotRepository snapshots, RoutingConfig config, Clock clock) {
        this.snapshots = snapshots;
        this.policy = new RoutingPolicy(config.topicSlack());
        this.clock = clock;
    }

    /** Routes in the current Hibernate Reactive transaction (a case handed on by its deputy or a sweep). */
    public Uni<RoutingDecision> route(Long venueId, Long personalDeputyId, String categoryCode, Set<Long> excluded) {
        SessionStatements statements = new SessionStatements();
        return route(statements, venueId, personalDeputyId, categoryCode, excluded).call(statements::flush);
    }

    /**
     * Routes a case submitted at {@code venueId}, optionally to a personal deputy, skipping the excluded ones, in
     * the transaction of {@code statements}. The candidates' load rows stay locked until it ends, so the case must
     * be assigned in it.
     */
    public Uni<RoutingDecision> route(TxStatements statements, Long venueId, Long personalDeputyId, String categoryCode,
                                      Set<Long> excluded) {
        return snapshots.read(statements, venueId, personalDeputyId).map(snapshot -> {
            if (snapshot.chain().isEmpty()) {
                throw ProblemException.notFound("Venue " + venueId);
            }
            RoutingDecision decision = policy.decide(request(snapshot, personalDeputyId, categoryCode, excluded));
            Log.debugf("Routing at venue %d: %s (%s)", venueId, decision.rule(), decision.reasonEn());
            return decision;
        });
    }

    private RoutingRequest request(RoutingSnapshot snapshot, Long personalDeputyId, String categoryCode, Set<Long> excluded) {
        LocalDate today = LocalDate.now(clock);
        List<RoutingVenue> venues = new ArrayList<>();
        for (RoutingSnapshot.ChainVenue venue : snapshot.chain()) {
            List<DeputyCandidate> candidates = new ArrayList<>();
            for (RoutingSnapshot.DutyAt duty : venue.duties()) {
                candidates.add(candidate(snapshot, snapshot.deputies().get(duty.deputyId()), onDuty(duty.rule(), today)));
            }
            venues.add(new RoutingVenue(venue.id(), venue.name(), venue.kind(), candidates));
        }
        RoutingSnapshot.Person personalDeputy = personalDeputyId == null ? null : snapshot.deputies().get(personalDeputyId);
        DeputyCandidate personal = personalDeputy == null ? null : candidate(snapshot, personalDeputy, false);
        return new RoutingRequest(venues, personal, categoryCode, excluded);
    }

    private static DeputyCandidate candidate(RoutingSnapshot snapshot, RoutingSnapshot.Person deputy, boolean onDuty) {
        DeputyLoad load = snapshot.loads().getOrDefault(deputy.id(), DeputyLoad.NONE);
        return new DeputyCandidate(deputy.id(), deputy.name(), deputy.active(), onDuty,
                DeputyCandidate.topicsOf(deputy.topics()), load.openCases(), load.lastAssignedAt());
    }

    private static boolean onDuty(ContactDayRules.Columns rule, LocalDate today) {
        try {
            return ContactDayRules.fromColumns(rule).isContactDay(today);
        } catch (IllegalArgumentException unreadable) {
            return false;
        }
    }
}
