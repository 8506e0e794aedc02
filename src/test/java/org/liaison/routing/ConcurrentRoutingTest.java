package org.liaison.routing;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;
import org.liaison.support.Tokens;

/**
 * Routing under a crowd, through HTTP against the real database: no district-wide lock, yet fair turns, and each
 * deputy's load row always equals the cases it really holds open.
 */
@QuarkusTest
class ConcurrentRoutingTest {

    private static final String OPEN_BY_DEPUTY = "select count(*) from resident_case where assigned_deputy_id = ?"
            + " and status not in ('CLOSED', 'REJECTED', 'WITHDRAWN')";

    @Inject
    CaseFixtures fixtures;

    @Test
    void threeHundredParallelSubmissionsAtOneVenueLeaveThreeDeputiesWithinOneOfEachOther() throws Exception {
        long venue = venue("HOME", null);
        List<Long> deputies = List.of(deputy("并发甲"), deputy("并发乙"), deputy("并发丙"));
        deputies.forEach(d -> duty(venue, d, today()));
        String code = venueCode(venue);
        String category = category();

        List<Response> answers = inParallel(300, 32, i -> submitAtVenue(code, submission(category, "并发提交 " + i)));
        assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(201));

        Map<Long, Long> open = new HashMap<>();
        for (long d : deputies) {
            open.put(d, fixtures.queryLong(OPEN_BY_DEPUTY, d));
        }
        assertThat(open.values().stream().mapToLong(Long::longValue).sum()).isEqualTo(300);
        long most = open.values().stream().mapToLong(Long::longValue).max().orElseThrow();
        long least = open.values().stream().mapToLong(Long::longValue).min().orElseThrow();
        assertThat(most - least).as("open cases per deputy %s", open).isLessThanOrEqualTo(1);
        assertLoadsEqualTheCasesHeld(deputies);
    }

    @Test
    void loadsStayExactUnderMixedParallelWork() throws Exception {
        long venue = venue("HOME", null);
        List<Long> deputies = List.of(deputy("混合甲"), deputy("混合乙"), deputy("混合丙"), deputy("混合丁"));
        deputies.forEach(d -> duty(venue, d, today()));
        long department = fixtures.newDepartment();
        String code = venueCode(venue);
        String category = category();
        List<Response> created = inParallel(80, 16, i -> submitAtVenue(code, submission(category, "混合 " + i)));
        assertThat(created).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(201));
        List<Long> ids = new ArrayList<>();
        for (Response answer : created) {
            ids.add(fixtures.queryLong("select id from resident_case where tracking_code = ?", answer.<String>path("trackingCode")));
        }

        // every case gets one of five kinds of work at once: decline, accept, accept+refer, accept+respond, reject
        inParallel(ids.size(), 16, i -> {
            long caseId = ids.get(i);
            long holder = fixtures.queryLong("select assigned_deputy_id from resident_case where id = ?", caseId);
            var as = given().auth().oauth2(Tokens.deputy(holder)).contentType("application/json");
            switch (i % 5) {
                case 0 -> as.body(Map.of("reason", "不在我的职责范围")).post("/api/deputy/cases/{id}/decline", caseId);
                case 1 -> as.post("/api/deputy/cases/{id}/accept", caseId);
                case 2 -> {
                    as.post("/api/deputy/cases/{id}/accept", caseId);
                    given().auth().oauth2(Tokens.deputy(holder)).contentType("application/json")
                            .body(Map.of("departmentId", department, "note", "请处理"))
                            .post("/api/deputy/cases/{id}/refer", caseId);
                }
                case 3 -> {
                    as.post("/api/deputy/cases/{id}/accept", caseId);
                    given().auth().oauth2(Tokens.deputy(holder)).contentType("application/json")
                            .body(Map.of("reply", "已答复")).post("/api/deputy/cases/{id}/respond", caseId);
                }
                default -> as.body(Map.of("reason", "重复件")).post("/api/deputy/cases/{id}/reject", caseId);
            }
            return null;
        });
        assertLoadsEqualTheCasesHeld(deputies);
        assertThat(fixtures.queryLong("select count(*) from resident_case where venue_id = ? and status = 'REJECTED'", venue))
                .as("rejected cases left their deputies' loads").isEqualTo(16);
    }

    private void assertLoadsEqualTheCasesHeld(List<Long> deputies) {
        for (long d : deputies) {
            long held = fixtures.queryLong(OPEN_BY_DEPUTY, d);
            long counted = fixtures.queryLong("select coalesce((select open_cases from deputy_load where deputy_id = ?), 0)", d);
            assertThat(counted).as("deputy_load of deputy %d", d).isEqualTo(held);
        }
    }

    interface Work<T> {
        T run(int index) throws Exception;
    }

    private static <T> List<T> inParallel(int count, int threads, Work<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(pool.submit((Callable<T>) () -> work.run(index)));
            }
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }
}
