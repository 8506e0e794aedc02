package org.liaison.caseflow.intake;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;

import javax.sql.DataSource;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Statement;
import java.util.UUID;
import java.util.function.LongSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;

/**
 * A resident's phone loses the network while the submission is being written: the server must not abandon the
 * transaction half-way. The submission commits on its own and the phone's retry, with the same key, gets it back.
 */
@QuarkusTest
class SubmissionOutlivesItsClientTest {

    @Inject
    CaseFixtures fixtures;

    @Inject
    DataSource dataSource;

    @Test
    void aSubmissionWhoseClientHungUpMidwayCommitsAndTheRetryReplaysIt() throws Exception {
        long venue = venue("HOME", null);
        long deputy = deputy("断线代表");
        duty(venue, deputy, today());
        String code = venueCode(venue);
        String key = "hang-up-" + UUID.randomUUID();
        String body = "{\"categoryCode\":\"" + category() + "\",\"text\":\"提交到一半手机断网了\"}";

        try (Connection holder = dataSource.getConnection()) {
            // the deputy's load row is held elsewhere, so the submission stops inside its transaction, at routing
            holder.setAutoCommit(false);
            try (Statement lock = holder.createStatement()) {
                lock.execute("select 1 from deputy_load where deputy_id = " + deputy + " for update");
            }
            try (Socket phone = new Socket("localhost", RestAssured.port)) {
                byte[] json = body.getBytes(StandardCharsets.UTF_8);
                OutputStream out = phone.getOutputStream();
                out.write(("POST /api/public/venues/" + code + "/submissions HTTP/1.1\r\nHost: localhost\r\n"
                        + "Content-Type: application/json\r\nIdempotency-Key: " + key + "\r\nContent-Length: "
                        + json.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(json);
                out.flush();
                awaitValue(() -> fixtures.queryLong("select count(*) from pg_stat_activity where wait_event_type = 'Lock'"
                        + " and query like '%deputy_load%'"), 1);
            }
            // the phone is gone; give the server time to notice before the lock is released
            Thread.sleep(500);
            holder.rollback();
        }

        awaitValue(() -> fixtures.queryLong("select count(*) from idempotency_record where idempotency_key = ?", key), 1);
        Response retry = resident().header("Idempotency-Key", key).body(body).post("/api/public/venues/{code}/submissions", code);
        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.header(IdempotencyKey.REPLAYED_HEADER)).isEqualTo("true");
        assertThat(fixtures.queryLong("select count(*) from resident_case where venue_id = ?", venue)).isEqualTo(1);
        assertThat(fixtures.queryLong("select open_cases from deputy_load where deputy_id = ?", deputy)).isEqualTo(1);
    }

    private static void awaitValue(LongSupplier value, long expected) throws InterruptedException {
        long last = -1;
        for (int attempt = 0; attempt < 100; attempt++) {
            last = value.getAsLong();
            if (last == expected) {
                return;
            }
            Thread.sleep(100);
        }
        assertThat(last).as("value after 10 s").isEqualTo(expected);
    }
}
