package org.liaison.routing;

import org.junit.jupiter.api.Test;
import org.liaison.routing.ConsideredDeputy.Outcome;
import org.liaison.venue.VenueKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.liaison.routing.Deputies.*;

/** Rules 4 and 5: up the venue chain, then the administrators' queue. */
class RoutingEscalationTest {

    private static final String POINT_NAME = "健康社区人大代表联系点";
    private static final String STATION_NAME = "崇安寺街道人大代表联络站";
    private static final String HOME_NAME = "梁溪区人大代表之家";

    private final RoutingPolicy policy = new RoutingPolicy();

    @Test
    void noOneAvailableAtTheVenueEscalatesToTheParentStation() {
        RoutingVenue venue = point(1, POINT_NAME, inactive(deputy(1, "王丽")), deputy(4, "刘强"));
        RoutingVenue station = station(2, STATION_NAME, open(deputy(2, "张伟"), 7), open(deputy(5, "周敏"), 3));
        RoutingDecision decision = policy.decide(excluding(Set.of(4L), "OTHER", venue, station));

        assertThat(decision.rule()).isEqualTo(RoutingRule.PARENT_VENUE);
        assertThat(decision.deputyId()).contains(5L);
        assertThat(decision.venueId()).contains(2L);
        assertThat(decision.reasonEn()).isEqualTo("escalated to parent station " + STATION_NAME
                + ": no deputy available at " + POINT_NAME + "; 周敏 is the least loaded of 2 deputies at " + STATION_NAME);
        assertThat(decision.reasonZh()).isEqualTo(POINT_NAME + "暂无可接单的代表，已转至上级" + STATION_NAME
                + "：周敏代表是" + STATION_NAME + "2位代表中待办最少的");
        assertThat(decision.considered()).containsExactly(
                new ConsideredDeputy(1, 1L, Outcome.INACTIVE, false, false, 0),
                new ConsideredDeputy(4, 1L, Outcome.EXCLUDED, false, false, 0),
                new ConsideredDeputy(2, 2L, Outcome.PASSED_OVER, false, false, 7),
                new ConsideredDeputy(5, 2L, Outcome.CHOSEN, false, false, 3));
    }

    @Test
    void aVenueWithNoDeputiesAtAllEscalatesToo() {
        RoutingDecision decision = policy.decide(request("OTHER", point(1, POINT_NAME),
                station(2, STATION_NAME, deputy(2, "张伟"))));
        assertThat(decision.rule()).isEqualTo(RoutingRule.PARENT_VENUE);
        assertThat(decision.deputyId()).contains(2L);
        assertThat(decision.reasonEn()).isEqualTo("escalated to parent station " + STATION_NAME
                + ": no deputy available at " + POINT_NAME + "; 张伟 is the only available deputy at " + STATION_NAME);
    }

    @Test
    void atTheParentOnDutyStillComesFirst() {
        RoutingDecision decision = policy.decide(request("OTHER", point(1, POINT_NAME),
                station(2, STATION_NAME, deputy(2, "张伟"), open(onDuty(deputy(5, "周敏")), 9))));
        assertThat(decision.rule()).isEqualTo(RoutingRule.PARENT_VENUE);
        assertThat(decision.deputyId()).contains(5L);
        assertThat(decision.reasonEn()).endsWith("; 周敏 is on duty today at " + STATION_NAME);
    }

    @Test
    void escalationClimbsPointStationHomeThenTheAdministratorsQueue() {
        RoutingVenue venue = point(1, POINT_NAME, inactive(deputy(1, "王丽")));
        RoutingVenue station = station(2, STATION_NAME, deputy(2, "张伟"));
        RoutingVenue home = home(3, HOME_NAME, deputy(3, "陈静"));

        RoutingDecision atHome = policy.decide(excluding(Set.of(2L), "OTHER", venue, station, home));
        assertThat(atHome.rule()).isEqualTo(RoutingRule.PARENT_VENUE);
        assertThat(atHome.deputyId()).contains(3L);
        assertThat(atHome.venueId()).contains(3L);
        assertThat(atHome.reasonEn()).startsWith("escalated to parent deputy home " + HOME_NAME
                + ": no deputy available at " + POINT_NAME + ", " + STATION_NAME + "; ");
        assertThat(atHome.reasonZh()).startsWith(POINT_NAME + "、" + STATION_NAME + "暂无可接单的代表，已转至上级" + HOME_NAME);

        RoutingDecision queued = policy.decide(excluding(Set.of(2L, 3L), "OTHER", venue, station, home));
        assertThat(queued.rule()).isEqualTo(RoutingRule.ADMIN_QUEUE);
        assertThat(queued.rule()).isEqualTo(RoutingRule.ADMIN_QUEUE);
        assertThat(queued.deputyId()).isEmpty();
        assertThat(queued.venueId()).isEmpty();
        assertThat(queued.reasonEn()).isEqualTo("no deputy available at " + POINT_NAME + ", " + STATION_NAME + ", "
                + HOME_NAME + ": sent to the administrators' queue");
        assertThat(queued.reasonZh()).isEqualTo(POINT_NAME + "、" + STATION_NAME + "、" + HOME_NAME
                + "暂无可接单的代表，已转交人大工作人员处理");
        assertThat(queued.considered()).extracting(ConsideredDeputy::outcome)
                .containsExactly(Outcome.INACTIVE, Outcome.EXCLUDED, Outcome.EXCLUDED);
    }

    /**
     * Chain P → S → H; the case must land at {@code level}. Below it, one deputy is inactive and one excluded. At
     * it, 甲 (on duty, inactive) and 丙 (on duty, excluded) would win if not skipped, and 丁 beats 乙 on load.
     */
    @Test
    void unavailableDeputiesAreSkippedAtEveryLevel() {
        for (int level = 0; level < 3; level++) {
            List<RoutingVenue> chain = new ArrayList<>();
            Set<Long> excluded = new HashSet<>();
            for (int l = 0; l < 3; l++) {
                long base = 10L * (l + 1);
                DeputyCandidate[] deputies = l < level
                        ? new DeputyCandidate[]{inactive(onDuty(deputy(base, "甲"))), deputy(base + 1, "乙")}
                        : new DeputyCandidate[]{inactive(onDuty(deputy(base, "甲"))), open(deputy(base + 1, "乙"), 9),
                        onDuty(open(deputy(base + 2, "丙"), 4)), open(deputy(base + 3, "丁"), 1)};
                excluded.add(l < level ? base + 1 : base + 2);
                chain.add(new RoutingVenue(l + 1, "V" + l, VenueKind.values()[2 - l], List.of(deputies)));
            }
            RoutingDecision decision = policy.decide(new RoutingRequest(chain, null, "OTHER", excluded));
            assertThat(decision.deputyId()).as("level %d", level).contains(10L * (level + 1) + 3);
            assertThat(decision.venueId()).contains(level + 1L);
            assertThat(decision.rule()).isEqualTo(level == 0 ? RoutingRule.LEAST_LOADED : RoutingRule.PARENT_VENUE);
            assertThat(decision.considered()).hasSize(2 * level + 4);
        }
    }

    @Test
    void everyoneExcludedMeansTheAdministratorsQueue() {
        RoutingDecision decision = policy.decide(new RoutingRequest(
                List.of(point(1, POINT_NAME, onDuty(deputy(1, "王丽")), deputy(4, "刘强")),
                        station(2, STATION_NAME, deputy(1, "王丽"), deputy(2, "张伟"))),
                deputy(2, "张伟"), "OTHER", Set.of(1L, 2L, 4L)));
        assertThat(decision.rule()).isEqualTo(RoutingRule.ADMIN_QUEUE);
        assertThat(decision.considered()).extracting(ConsideredDeputy::deputyId, ConsideredDeputy::venueId)
                .containsExactly(tuple(2L, null),
                        tuple(1L, 1L), tuple(4L, 1L),
                        tuple(1L, 2L), tuple(2L, 2L));
        assertThat(decision.considered()).allMatch(c -> c.outcome() == Outcome.EXCLUDED);
    }

    @Test
    void noVenueAndNoPersonalCodeMeansTheAdministratorsQueue() {
        RoutingDecision decision = policy.decide(new RoutingRequest(List.of(), null, "OTHER", java.util.Set.of()));
        assertThat(decision.rule()).isEqualTo(RoutingRule.ADMIN_QUEUE);
        assertThat(decision.reasonEn()).isEqualTo("no deputy available: sent to the administrators' queue");
        assertThat(decision.reasonZh()).isEqualTo("暂无可接单的代表，已转交人大工作人员处理");
        assertThat(decision.considered()).isEmpty();
    }
}
