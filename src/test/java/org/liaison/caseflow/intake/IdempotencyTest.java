package org.liaison.caseflow.intake;

import org.liaison.caseflow.tracking.CaseRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.privacy.PersonalDataCipher;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;

@QuarkusTest
class IdempotencyTest {

    @Inject
    CaseRows rows;
    @Inject
    PersonalDataCipher cipher;

    private static Response submit(String code, String key, Map<String, Object> body) {
        return resident().header("Idempotency-Key", key).body(body).post("/api/public/venues/{code}/submissions", code);
    }

    private static String freshVenueCode(long[] venueHolder) {
        venueHolder[0] = venue("HOME", null);
        duty(venueHolder[0], deputy("幂等代表"), notToday());
        return venueCode(venueHolder[0]);
    }

    @Test
    void aRetryWithTheSameKeyReplaysTheOriginalResponseAndMakesNoSecondCase() {
        long[] venue = new long[1];
        String code = freshVenueCode(venue);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = submission(category(), "重试不应产生第二件");

        Response first = submit(code, key, body);
        Response retry = submit(code, key, body);

        first.then().statusCode(201);
        assertThat(first.header("Idempotent-Replayed")).isNull();
        retry.then().statusCode(201).header("Idempotent-Replayed", "true").header("Cache-Control", "no-store");
        assertThat(retry.asString()).isEqualTo(first.asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat((String) retry.path("secret")).isEqualTo(first.path("secret"));
        assertThat(rows.countAtVenue(venue[0])).isEqualTo(1);
        // the stored answer holds the secret, so it is kept encrypted
        String stored = rows.storedResponse(key);
        assertThat(stored).doesNotContain((String) first.path("secret"));
        assertThat(cipher.decrypt(stored)).isEqualTo(first.asString());
    }

    @Test
    void theSamePayloadWrittenDifferentlyIsStillTheSameSubmission() {
        long[] venue = new long[1];
        String code = freshVenueCode(venue);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = submission(category(), "  同一内容  ");
        body.put("phone", "138 0000 0001");
        Map<String, Object> same = new java.util.HashMap<>(body);
        same.put("text", "同一内容");
        same.put("phone", "13800000001");
        same.put("anonymous", false);

        Response first = submit(code, key, body);
        submit(code, "\"" + key + "\"", same).then().statusCode(201).header("Idempotent-Replayed", "true");

        assertThat(rows.countAtVenue(venue[0])).isEqualTo(1);
        first.then().statusCode(201);
    }

    @Test
    void theSameKeyWithADifferentPayloadIs422AndChangesNothing() {
        long[] venue = new long[1];
        String code = freshVenueCode(venue);
        String key = UUID.randomUUID().toString();
        String category = category();
        submit(code, key, submission(category, "第一次的内容")).then().statusCode(201);

        submit(code, key, submission(category, "完全不同的内容")).then().statusCode(422)
                .contentType("application/problem+json");

        assertThat(rows.countAtVenue(venue[0])).isEqualTo(1);
    }

    @Test
    void theSameKeyAtAnotherVenueIsAnotherSubmission() {
        long[] first = new long[1];
        long[] second = new long[1];
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = submission(category(), "两个联系点");

        String one = submit(freshVenueCode(first), key, body).then().statusCode(201).extract().path("trackingCode");
        String two = submit(freshVenueCode(second), key, body).then().statusCode(201).extract().path("trackingCode");

        assertThat(one).isNotEqualTo(two);
    }

    @Test
    void whileTheFirstRequestIsInFlightARetryIs409() {
        long[] venue = new long[1];
        String code = freshVenueCode(venue);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = submission(category(), "第一次请求还没结束");
        // what the first request's transaction holds until it commits
        String lock = "idempotency:submission:v:" + code + "\n" + key;
        var held = rows.holdLock(lock);
        try {
            submit(code, key, body).then().statusCode(409).contentType("application/problem+json")
                    .body("detail", org.hamcrest.Matchers.containsString("still being processed"));
        } finally {
            rows.release(held, lock);
        }

        submit(code, key, body).then().statusCode(201).header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
        assertThat(rows.countAtVenue(venue[0])).isEqualTo(1);
    }

    @Test
    void withoutAKeyTwoPostsMakeTwoCases() {
        long[] venue = new long[1];
        String code = freshVenueCode(venue);
        Map<String, Object> body = submission(category(), "没有幂等键");

        String one = submitAtVenue(code, body).then().statusCode(201).extract().path("trackingCode");
        String two = submitAtVenue(code, body).then().statusCode(201).extract().path("trackingCode");

        assertThat(one).isNotEqualTo(two);
        assertThat(rows.countAtVenue(venue[0])).isEqualTo(2);
    }

    @Test
    void malformedKeysAre400() {
        long[] venue = new long[1];
        String code = freshVenueCode(venue);
        Map<String, Object> body = submission(category(), "坏的幂等键");
        for (String key : List.of("", "x".repeat(256), "a\tb", "\"unterminated\\\"")) {
            submit(code, key, body).then().statusCode(400).contentType("application/problem+json");
        }
        assertThat(rows.countAtVenue(venue[0])).isZero();
    }

    @Test
    void twentyConcurrentRetriesMakeExactlyOneCase() throws Exception {
        long[] venue = new long[1];
        String code = freshVenueCode(venue);
        String key = UUID.randomUUID().toString();
        Map<String, Object> body = submission(category(), "并发重试");
        int attempts = 20;
        ExecutorService pool = Executors.newFixedThreadPool(attempts);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Response>> futures = new ArrayList<>();
        try {
            for (int i = 0; i < attempts; i++) {
                Callable<Response> call = () -> {
                    start.await();
                    return submit(code, key, body);
                };
                futures.add(pool.submit(call));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get());
            }

            assertThat(rows.countAtVenue(venue[0])).isEqualTo(1);
            List<Response> created = responses.stream().filter(r -> r.statusCode() == 201).toList();
            assertThat(created).isNotEmpty();
            assertThat(responses).allSatisfy(r -> assertThat(r.statusCode()).isIn(201, 409));
            assertThat(created.stream().map(r -> (String) r.path("trackingCode")).distinct()).hasSize(1);
            assertThat(created.stream().map(r -> (String) r.path("secret")).distinct()).hasSize(1);
            responses.stream().filter(r -> r.statusCode() == 409)
                    .forEach(r -> assertThat(r.contentType()).startsWith("application/problem+json"));
        } finally {
            pool.shutdownNow();
        }
        // once the first request is done, a retry always gets its answer
        submit(code, key, body).then().statusCode(201).header("Idempotent-Replayed", "true");
    }
}
