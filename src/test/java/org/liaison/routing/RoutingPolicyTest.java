package org.liaison.routing;

import org.junit.jupiter.api.Test;
import org.liaison.routing.ConsideredDeputy.Outcome;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.liaison.routing.Deputies.*;

class RoutingPolicyTest {

    private static final String POINT_NAME = "健康社区人大代表联系点";
    private static final String STATION_NAME = "崇安寺街道人大代表联络站";
    private static final String HOME_NAME = "梁溪区人大代表之家";

    private final RoutingPolicy policy = new RoutingPolicy();

    @Test
    void theDeputyOfAPersonalCodeGetsTheCaseWhateverTheLoad() {
        DeputyCandidate personal = open(deputy(9, "陈静"), 40);
        RoutingVenue venue = point(1, POINT_NAME, onDuty(deputy(1, "王丽")));
        RoutingDecision decision = policy.decide(new RoutingRequest(List.of(venue), personal, "TRAFFIC", Set.of()));

        assertThat(decision.rule()).isEqualTo(RoutingRule.PERSONAL_DEPUTY);
        assertThat(decision.deputyId()).contains(9L);
        assertThat(decision.venueId()).contains(1L);
        assertThat(decision.reasonEn()).isEqualTo("the resident contacted 陈静 through the deputy's personal code");
        assertThat(decision.reasonZh()).isEqualTo("居民通过陈静代表的个人二维码直接联系");
        assertThat(decision.considered()).containsExactly(new ConsideredDeputy(9, null, Outcome.CHOSEN, false, false, 40));
    }

    @Test
    void aPersonalCodeWithNoVenueStillReachesItsDeputy() {
        RoutingDecision decision = policy.decide(new RoutingRequest(List.of(), deputy(9, "陈静"), "TRAFFIC", null));
        assertThat(decision.deputyId()).contains(9L);
        assertThat(decision.venueId()).isEmpty();
    }

    @Test
    void anInactivePersonalDeputyFallsBackToTheVenueRules() {
        RoutingVenue venue = point(1, POINT_NAME, deputy(1, "王丽"), onDuty(deputy(4, "刘强")));
        RoutingDecision decision = policy.decide(
                new RoutingRequest(List.of(venue), inactive(deputy(9, "陈静")), "OTHER", Set.of()));

        assertThat(decision.rule()).isEqualTo(RoutingRule.ON_DUTY_TODAY);
        assertThat(decision.deputyId()).contains(4L);
        assertThat(decision.reasonEn()).isEqualTo("陈静 is not available; 刘强 is on duty today at " + POINT_NAME);
        assertThat(decision.reasonZh()).isEqualTo("陈静代表暂不能接单；刘强代表今天在" + POINT_NAME + "值班");
        assertThat(decision.considered()).extracting(ConsideredDeputy::deputyId, ConsideredDeputy::outcome)
                .containsExactly(tuple(9L, Outcome.INACTIVE),
                        tuple(1L, Outcome.PASSED_OVER),
                        tuple(4L, Outcome.CHOSEN));
    }

    @Test
    void anExcludedPersonalDeputyFallsBackToTheVenueRules() {
        RoutingVenue venue = point(1, POINT_NAME, deputy(9, "陈静"), deputy(1, "王丽"));
        RoutingDecision decision = policy.decide(
                new RoutingRequest(List.of(venue), deputy(9, "陈静"), "OTHER", Set.of(9L)));
        assertThat(decision.rule()).isEqualTo(RoutingRule.LEAST_LOADED);
        assertThat(decision.deputyId()).contains(1L);
        assertThat(decision.considered()).extracting(ConsideredDeputy::outcome)
                .containsExactly(Outcome.EXCLUDED, Outcome.EXCLUDED, Outcome.CHOSEN);
    }

    @Test
    void anUnavailablePersonalDeputyWithNoVenueGoesToTheAdministrators() {
        RoutingDecision decision = policy.decide(
                new RoutingRequest(List.of(), inactive(deputy(9, "陈静")), "OTHER", Set.of()));
        assertThat(decision.rule()).isEqualTo(RoutingRule.ADMIN_QUEUE);
        assertThat(decision.reasonEn())
                .isEqualTo("陈静 is not available; no deputy available: sent to the administrators' queue");
    }

    @Test
    void onDutyTodayBeatsLessLoaded() {
        RoutingVenue venue = point(1, POINT_NAME, deputy(1, "王丽"), open(onDuty(deputy(4, "刘强")), 12));
        RoutingDecision decision = policy.decide(request("ENVIRONMENT", venue));
        assertThat(decision.rule()).isEqualTo(RoutingRule.ON_DUTY_TODAY);
        assertThat(decision.deputyId()).contains(4L);
        assertThat(decision.venueId()).contains(1L);
        assertThat(decision.reasonEn()).isEqualTo("刘强 is on duty today at " + POINT_NAME);
        assertThat(decision.reasonZh()).isEqualTo("刘强代表今天在" + POINT_NAME + "值班");
    }

    @Test
    void amongSeveralOnDutyTheLeastLoadedWins() {
        RoutingVenue venue = point(1, POINT_NAME, open(onDuty(deputy(1, "王丽")), 3), open(onDuty(deputy(4, "刘强")), 1),
                deputy(5, "张伟"));
        RoutingDecision decision = policy.decide(request("OTHER", venue));
        assertThat(decision.deputyId()).contains(4L);
        assertThat(decision.reasonEn()).isEqualTo("刘强 is on duty today at " + POINT_NAME
                + ", the least loaded of 2 deputies on duty");
        assertThat(decision.reasonZh()).isEqualTo("刘强代表今天在" + POINT_NAME + "值班，是当天值班的2位代表中待办最少的");
    }

    @Test
    void amongSeveralOnDutyTopicFocusCounts() {
        RoutingVenue venue = point(1, POINT_NAME, open(onDuty(deputy(1, "王丽")), 1),
                open(topics(onDuty(deputy(4, "刘强")), "HOUSING"), 3));
        RoutingDecision decision = policy.decide(request("HOUSING", venue));
        assertThat(decision.deputyId()).contains(4L);
        assertThat(decision.reasonEn()).endsWith(", focuses on this kind of matter, chosen among 2 deputies on duty");
    }

    @Test
    void onDutyButUnavailableDeputiesAreSkipped() {
        RoutingVenue venue = point(1, POINT_NAME, inactive(onDuty(deputy(1, "王丽"))), onDuty(deputy(2, "张伟")),
                open(deputy(3, "陈静"), 5));
        RoutingDecision decision = policy.decide(excluding(Set.of(2L), "OTHER", venue));
        assertThat(decision.rule()).isEqualTo(RoutingRule.LEAST_LOADED);
        assertThat(decision.deputyId()).contains(3L);
        assertThat(decision.reasonEn()).isEqualTo("陈静 is the only available deputy at " + POINT_NAME);
        assertThat(decision.reasonZh()).isEqualTo("陈静代表是" + POINT_NAME + "唯一可接单的代表");
        assertThat(decision.considered()).extracting(ConsideredDeputy::outcome)
                .containsExactly(Outcome.INACTIVE, Outcome.EXCLUDED, Outcome.CHOSEN);
    }

    @Test
    void theFewestOpenCasesWin() {
        RoutingVenue venue = point(1, POINT_NAME, open(deputy(1, "王丽"), 4), open(deputy(2, "张伟"), 2),
                open(deputy(3, "陈静"), 3));
        RoutingDecision decision = policy.decide(request("OTHER", venue));
        assertThat(decision.rule()).isEqualTo(RoutingRule.LEAST_LOADED);
        assertThat(decision.deputyId()).contains(2L);
        assertThat(decision.reasonEn()).isEqualTo("张伟 is the least loaded of 3 deputies at " + POINT_NAME);
        assertThat(decision.reasonZh()).isEqualTo("张伟代表是" + POINT_NAME + "3位代表中待办最少的");
        assertThat(decision.considered()).containsExactly(
                new ConsideredDeputy(1, 1L, Outcome.PASSED_OVER, false, false, 4),
                new ConsideredDeputy(2, 1L, Outcome.CHOSEN, false, false, 2),
                new ConsideredDeputy(3, 1L, Outcome.PASSED_OVER, false, false, 3));
    }

    @Test
    void onEqualLoadTheLeastRecentlyAssignedWinsAndNeverAssignedComesFirst() {
        DeputyCandidate recent = lastAssigned(open(deputy(1, "王丽"), 2), T0.plusSeconds(60));
        DeputyCandidate earlier = lastAssigned(open(deputy(2, "张伟"), 2), T0);
        DeputyCandidate never = open(deputy(3, "陈静"), 2);
        assertThat(policy.decide(request("OTHER", point(1, POINT_NAME, recent, earlier))).deputyId()).contains(2L);
        assertThat(policy.decide(request("OTHER", point(1, POINT_NAME, recent, earlier, never))).deputyId()).contains(3L);
    }

    @Test
    void aCompleteTieGoesToTheLowestDeputyIdWhateverTheListOrder() {
        DeputyCandidate a = lastAssigned(deputy(5, "王丽"), T0);
        DeputyCandidate b = lastAssigned(deputy(3, "张伟"), T0);
        DeputyCandidate c = lastAssigned(deputy(8, "陈静"), T0);
        assertThat(policy.decide(request("OTHER", point(1, POINT_NAME, a, b, c))).deputyId()).contains(3L);
        assertThat(policy.decide(request("OTHER", point(1, POINT_NAME, c, a, b))).deputyId()).contains(3L);
    }

    @Test
    void aTopicFocusedDeputyIsPreferredWithinTheSlack() {
        DeputyCandidate idle = deputy(1, "王丽");
        for (int open = 0; open <= 5; open++) {
            DeputyCandidate focused = open(topics(deputy(2, "张伟"), "housing"), open);
            RoutingDecision decision = policy.decide(request("HOUSING", point(1, POINT_NAME, idle, focused)));
            long expected = open <= RoutingPolicy.DEFAULT_TOPIC_SLACK ? 2 : 1;
            assertThat(decision.deputyId()).as("focused deputy with %d open cases", open).contains(expected);
        }
    }

    @Test
    void theTopicExplanationSaysWhyABusierDeputyWasChosen() {
        RoutingVenue venue = point(1, POINT_NAME, deputy(1, "王丽"), open(topics(deputy(2, "张伟"), "HOUSING"), 2),
                open(deputy(3, "陈静"), 1));
        RoutingDecision decision = policy.decide(request("HOUSING", venue));
        assertThat(decision.deputyId()).contains(2L);
        assertThat(decision.reasonEn()).isEqualTo("张伟 focuses on this kind of matter (at most 2 more open cases than"
                + " the least loaded), chosen among 3 deputies at " + POINT_NAME);
        assertThat(decision.reasonZh()).isEqualTo("张伟代表关注此类事项，待办比最少者多不超过2件，从" + POINT_NAME + "的3位代表中选出");
        assertThat(decision.considered()).extracting(ConsideredDeputy::topicMatch).containsExactly(false, true, false);
    }

    @Test
    void onEqualLoadATopicMatchWinsEvenWithoutSlack() {
        RoutingPolicy strict = new RoutingPolicy(0);
        DeputyCandidate plain = deputy(1, "王丽");
        DeputyCandidate focused = topics(deputy(2, "张伟"), "TRAFFIC");
        assertThat(strict.decide(request("TRAFFIC", point(1, POINT_NAME, plain, focused))).deputyId()).contains(2L);
        assertThat(strict.decide(request("TRAFFIC", point(1, POINT_NAME, plain, open(focused, 1)))).deputyId())
                .contains(1L);
        assertThat(strict.decide(request("HOUSING", point(1, POINT_NAME, plain, focused))).deputyId()).contains(1L);
    }

    @Test
    void theLoadOrderIsTheDocumentedSortKey() {
        List<DeputyCandidate> sorted = List.of(
                        lastAssigned(open(deputy(1, "a"), 3), T0),
                        open(topics(deputy(2, "b"), "HOUSING"), 4),
                        lastAssigned(open(deputy(3, "c"), 2), T0.plusSeconds(1)),
                        lastAssigned(open(deputy(4, "d"), 2), T0),
                        open(deputy(5, "e"), 5))
                .stream().sorted(policy.loadOrder("HOUSING")).toList();
        // loads: 1→3, 2→4-2=2 (topic), 3→2, 4→2, 5→5; at load 2 the topic match first, then least recently assigned
        assertThat(sorted).extracting(DeputyCandidate::deputyId).containsExactly(2L, 4L, 3L, 1L, 5L);
    }
}
