package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/** Illegal moves answer 409 naming the status and the allowed actions; racing moves never both win. */
@QuarkusTest
class CaseConflictTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    DataSource dataSource;

    @Test
    void illegalTransitionsAre409WithTheCurrentStatusAndTheAllowedActions() {
        long me = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(me));
        String base = "/api/deputy/cases/" + id;

        deputy(me).body(Map.of("reply", "已办")).post(base + "/respond").then().statusCode(409)
                .contentType(org.hamcrest.Matchers.startsWith("application/problem+json"))
                .body("context.currentStatus", equalTo("ASSIGNED"))
                .body("context.allowedActions", contains("ACCEPT", "ADD_MESSAGE", "DECLINE", "REJECT"));
        deputy(me).post(base + "/accept").then().statusCode(200);
        deputy(me).post(base + "/accept").then().statusCode(409)
                .body("context.currentStatus", equalTo("ACCEPTED"))
                .body("context.allowedActions", hasItems("REFER", "RESPOND", "START_WORK"));
        deputy(me).body(Map.of("reason", "不想办")).post(base + "/decline").then().statusCode(409);
        deputy(me).contentType("application/json").post(base + "/recall-referral").then().statusCode(409)
                .body("context.currentStatus", equalTo("ACCEPTED"));
        deputy(me).body(Map.of("reply", "已办")).post(base + "/respond").then().statusCode(200);
        deputy(me).body(Map.of("text", "补充")).post(base + "/messages").then().statusCode(200);
        deputy(me).body(Map.of("reply", "再次答复")).post(base + "/respond").then().statusCode(409)
                .body("context.currentStatus", equalTo("RESPONDED"))
                .body("context.allowedActions", contains("ADD_MESSAGE"));
    }

    @Test
    void fiftyParallelAcceptsLetExactlyOneWin() throws Exception {
        long me = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(me));
        int attempts = 50;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Integer>> results = new ArrayList<>();
            for (int i = 0; i < attempts; i++) {
                results.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    Response response = deputy(me).post("/api/deputy/cases/" + id + "/accept");
                    return response.statusCode();
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> result : results) {
                statuses.add(result.get(120, TimeUnit.SECONDS));
            }
            assertThat(statuses).filteredOn(status -> status == 200).hasSize(1);
            assertThat(statuses).filteredOn(status -> status == 409).hasSize(attempts - 1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(fixtures.queryLong("select count(*) from case_event where case_id = ? and type = 'ACCEPT'", id)).isEqualTo(1);
        assertThat(fixtures.row("select status from resident_case where id = ?", id).get("status")).isEqualTo("ACCEPTED");
    }

    /**
     * Deterministic lost race: the case row is held while the accept is under way, another writer moves the
     * version on and commits, and the accept's versioned update then finds nothing to update: 409, no trace.
     */
    @Test
    void aChangeCommittedUnderARunningActionMakesIt409AndLeavesNoTrace() throws Exception {
        long me = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(me));
        CompletableFuture<Response> accept;
        try (Connection other = dataSource.getConnection()) {
            other.setAutoCommit(false);
            try (PreparedStatement lock = other.prepareStatement("select id from resident_case where id = ? for update")) {
                lock.setLong(1, id);
                lock.executeQuery().close();
            }
            accept = CompletableFuture.supplyAsync(() -> deputy(me).post("/api/deputy/cases/" + id + "/accept"));
            long deadline = System.currentTimeMillis() + 20_000;
            // the accept waits on the held row (its event's foreign-key check or its versioned update)
            while (fixtures.queryLong("select count(*) from pg_stat_activity where wait_event_type = 'Lock'") == 0
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(50);
            }
            try (PreparedStatement bump = other.prepareStatement("update resident_case set version = version + 1 where id = ?")) {
                bump.setLong(1, id);
                bump.executeUpdate();
            }
            other.commit();
        }
        accept.get(30, TimeUnit.SECONDS).then().statusCode(409)
                .body("detail", org.hamcrest.Matchers.containsString("changed by someone else"));
        assertThat(fixtures.queryLong("select count(*) from case_event where case_id = ? and type = 'ACCEPT'", id)).isZero();
        assertThat(fixtures.row("select status from resident_case where id = ?", id).get("status")).isEqualTo("ASSIGNED");
    }
}
