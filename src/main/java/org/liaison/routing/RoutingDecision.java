package org.liaison.routing;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Who gets the case, and why, in words a resident understands, in Chinese and English.
 *
 * @param deputyId   the chosen deputy, empty for the administrators' queue
 * @param venueId    the venue where the deputy was found (for PERSONAL_DEPUTY: the chain's first venue, if any);
 *                   empty for the administrators' queue
 * @param rule       the rule that decided
 * @param reasonZh   e.g. "王丽代表今天在健康社区人大代表联系点值班"
 * @param reasonEn   e.g. "王丽 is on duty today at 健康社区人大代表联系点"
 * @param considered every deputy looked at, in the order looked at
 */
public record RoutingDecision(Optional<Long> deputyId, Optional<Long> venueId, RoutingRule rule, String reasonZh,
                              String reasonEn, List<ConsideredDeputy> considered) {

    public RoutingDecision {
        Objects.requireNonNull(deputyId, "deputyId");
        Objects.requireNonNull(venueId, "venueId");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reasonZh, "reasonZh");
        Objects.requireNonNull(reasonEn, "reasonEn");
        considered = List.copyOf(considered);
        if (deputyId.isEmpty() != (rule == RoutingRule.ADMIN_QUEUE)) {
            throw new IllegalArgumentException("only the administrators' queue has no deputy");
        }
    }
}
