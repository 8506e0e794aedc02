package org.liaison.routing;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.routing.Deputies.*;

/** Sequential submissions, each assignment fed back into the next snapshot as the service will do. */
class RoutingFairnessTest {

    private final RoutingPolicy policy = new RoutingPolicy();

    /** Routes {@code submissions} cases one after another and returns how many each deputy received. */
    private Map<Long, Integer> simulate(List<DeputyCandidate> start, String category, int submissions, List<Long> order) {
        List<DeputyCandidate> deputies = new ArrayList<>(start);
        Map<Long, Integer> received = new HashMap<>();
        Instant now = T0;
        for (int i = 0; i < submissions; i++) {
            now = now.plus(Duration.ofMinutes(7));
            RoutingDecision decision = policy.decide(request(category, point(1, "健康社区人大代表联系点",
                    deputies.toArray(DeputyCandidate[]::new))));
            long chosen = decision.deputyId().orElseThrow();
            order.add(chosen);
            received.merge(chosen, 1, Integer::sum);
            for (int d = 0; d < deputies.size(); d++) {
                DeputyCandidate candidate = deputies.get(d);
                if (candidate.deputyId() == chosen) {
                    deputies.set(d, lastAssigned(open(candidate, candidate.openCases() + 1), now));
                }
            }
        }
        return received;
    }

    @ParameterizedTest(name = "all on duty: {0}")
    @ValueSource(booleans = {false, true})
    void thirtySubmissionsToThreeEquallyLoadedDeputiesEndTenTenTen(boolean allOnDuty) {
        List<DeputyCandidate> three = List.of(deputy(1, "王丽"), deputy(2, "张伟"), deputy(3, "陈静"));
        if (allOnDuty) {
            three = three.stream().map(Deputies::onDuty).toList();
        }
        List<Long> order = new ArrayList<>();
        Map<Long, Integer> received = simulate(three, "OTHER", 30, order);
        assertThat(received).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 10, 2L, 10, 3L, 10));
        for (int i = 1; i < order.size(); i++) {
            assertThat(order.get(i)).as("submission %d", i).isNotEqualTo(order.get(i - 1));
        }
    }

    @Test
    void unevenStartingLoadsLevelOutBeforeTakingTurns() {
        List<Long> order = new ArrayList<>();
        Map<Long, Integer> received = simulate(List.of(deputy(1, "王丽"), open(deputy(2, "张伟"), 2),
                open(deputy(3, "陈静"), 4), open(deputy(4, "刘强"), 6)), "OTHER", 24, order);
        // (0 + 2 + 4 + 6 + 24) / 4 = 9 open cases each at the end
        assertThat(received).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 9, 2L, 7, 3L, 5, 4L, 3));
        assertThat(order.subList(0, 2)).containsOnly(1L);
    }

    @Test
    void aTopicFocusedDeputyCarriesAtMostTheSlackMore() {
        List<Long> order = new ArrayList<>();
        Map<Long, Integer> received = simulate(List.of(deputy(1, "王丽"), topics(deputy(2, "张伟"), "HOUSING"),
                deputy(3, "陈静")), "HOUSING", 30, order);
        assertThat(received).containsExactlyInAnyOrderEntriesOf(Map.of(1L, 9, 2L, 12, 3L, 9));
        assertThat(order.subList(0, 3)).containsOnly(2L);
    }

    @Test
    void onDutyTodayTakesEverythingWhileOnDuty() {
        List<Long> order = new ArrayList<>();
        Map<Long, Integer> received = simulate(List.of(deputy(1, "王丽"), onDuty(open(deputy(2, "张伟"), 5)),
                onDuty(deputy(3, "陈静"))), "OTHER", 10, order);
        assertThat(received).doesNotContainKey(1L);
        assertThat(received).containsExactlyInAnyOrderEntriesOf(Map.of(2L, 3, 3L, 7));
    }
}
