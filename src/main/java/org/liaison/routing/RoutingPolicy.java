package org.liaison.routing;

import org.liaison.routing.ConsideredDeputy.Outcome;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Decides who gets a case. Pure: the caller reads a {@link RoutingRequest} from the database and applies the
 * {@link RoutingDecision}. Rules, in order:
 * <ol>
 *   <li>PERSONAL_DEPUTY: the deputy whose personal code was scanned, if active and not excluded;</li>
 *   <li>ON_DUTY_TODAY: among the scanned venue's available deputies on duty today, the first by load order;</li>
 *   <li>LEAST_LOADED: otherwise the scanned venue's available deputy first by load order;</li>
 *   <li>PARENT_VENUE: rules 2 and 3 at the parent venue, then the grandparent, up the chain;</li>
 *   <li>ADMIN_QUEUE: nobody available anywhere.</li>
 * </ol>
 * "Available" is active and not excluded. Being on duty today beats any load. <b>Load order</b>: each deputy's
 * load is its open cases, minus {@code topicSlack} (default 2) when its topics include the case's category; the
 * lowest load wins, so a deputy focused on the category is preferred while it carries at most {@code topicSlack}
 * more open cases than the least loaded one. On equal load a topic match wins, then whoever was assigned least
 * recently (never assigned first), then the lowest deputy id. Because every assignment raises the chosen deputy's
 * open cases and last-assigned time, equally loaded deputies take turns.
 *
 * <p><b>Concurrency (for the caller).</b> The decision is only as good as its snapshot: two submissions routed at
 * once from the same counts would both pick the same "least loaded" deputy. So the caller reads the loads of the
 * deputies it considers with their rows locked (in id order, in the assigning transaction): submissions sharing a
 * deputy take turns, others do not wait (RoutingService).
 */
public final class RoutingPolicy {

    /** How many more open cases a deputy focused on the category may carry and still be preferred. */
    public static final int DEFAULT_TOPIC_SLACK = 2;

    private final int topicSlack;

    public RoutingPolicy() {
        this(DEFAULT_TOPIC_SLACK);
    }

    public RoutingPolicy(int topicSlack) {
        if (topicSlack < 0) {
            throw new IllegalArgumentException("topicSlack must not be negative");
        }
        this.topicSlack = topicSlack;
    }

    public RoutingDecision decide(RoutingRequest request) {
        List<ConsideredDeputy> considered = new ArrayList<>();
        List<RoutingVenue> chain = request.venueChain();
        Optional<Long> scannedVenueId = chain.isEmpty() ? Optional.empty() : Optional.of(chain.get(0).id());
        RoutingReasons reasons = new RoutingReasons(topicSlack);

        DeputyCandidate personal = request.personalDeputy();
        if (personal != null) {
            Outcome unavailable = unavailability(personal, request);
            considered.add(note(personal, null, unavailable == null ? Outcome.CHOSEN : unavailable, request));
            if (unavailable == null) {
                return new RoutingDecision(Optional.of(personal.deputyId()), scannedVenueId,
                        RoutingRule.PERSONAL_DEPUTY, reasons.personalZh(personal), reasons.personalEn(personal),
                        considered);
            }
            reasons.personalUnavailable(personal);
        }

        List<RoutingVenue> emptyVenues = new ArrayList<>();
        for (RoutingVenue venue : chain) {
            List<DeputyCandidate> available = venue.deputies().stream()
                    .filter(deputy -> unavailability(deputy, request) == null).toList();
            List<DeputyCandidate> onDuty = available.stream().filter(DeputyCandidate::onDutyToday).toList();
            List<DeputyCandidate> pool = onDuty.isEmpty() ? available : onDuty;
            DeputyCandidate chosen = pool.stream().min(loadOrder(request.categoryCode())).orElse(null);
            for (DeputyCandidate deputy : venue.deputies()) {
                Outcome unavailable = unavailability(deputy, request);
                Outcome outcome = unavailable != null ? unavailable
                        : deputy == chosen ? Outcome.CHOSEN : Outcome.PASSED_OVER;
                considered.add(note(deputy, venue.id(), outcome, request));
            }
            if (chosen == null) {
                emptyVenues.add(venue);
                continue;
            }
            RoutingRule rule = !emptyVenues.isEmpty() ? RoutingRule.PARENT_VENUE
                    : onDuty.isEmpty() ? RoutingRule.LEAST_LOADED : RoutingRule.ON_DUTY_TODAY;
            RoutingReasons.Reason reason = reasons.chosen(chosen, venue, pool, !onDuty.isEmpty(), emptyVenues);
            return new RoutingDecision(Optional.of(chosen.deputyId()), Optional.of(venue.id()), rule, reason.zh(),
                    reason.en(), considered);
        }
        RoutingReasons.Reason reason = reasons.adminQueue(emptyVenues);
        return new RoutingDecision(Optional.empty(), Optional.empty(), RoutingRule.ADMIN_QUEUE, reason.zh(),
                reason.en(), considered);
    }

    /** The load order described in the class comment: the first deputy of this order gets the case. */
    public Comparator<DeputyCandidate> loadOrder(String categoryCode) {
        return Comparator.<DeputyCandidate>comparingInt(d -> d.openCases() - (d.focusesOn(categoryCode) ? topicSlack : 0))
                .thenComparing(d -> !d.focusesOn(categoryCode))
                .thenComparing(DeputyCandidate::lastAssignedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparingLong(DeputyCandidate::deputyId);
    }

    /** Why the deputy cannot take this case, or null when it can. */
    private static Outcome unavailability(DeputyCandidate deputy, RoutingRequest request) {
        if (!deputy.active()) {
            return Outcome.INACTIVE;
        }
        return request.excludedDeputyIds().contains(deputy.deputyId()) ? Outcome.EXCLUDED : null;
    }

    private static ConsideredDeputy note(DeputyCandidate deputy, Long venueId, Outcome outcome, RoutingRequest request) {
        return new ConsideredDeputy(deputy.deputyId(), venueId, outcome, deputy.onDutyToday(),
                deputy.focusesOn(request.categoryCode()), deputy.openCases());
    }
}
