package org.liaison.common.limit;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The limits hold for the deployment: two limiters (two instances' memories) share one count in PostgreSQL. */
@QuarkusTest
class SharedLimitsTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    SharedLimits limits;

    @Inject
    Pool pool;
    @Inject
    org.liaison.auth.AuthConfig authConfig;

    @Test
    void twoInstancesTogetherAdmitTheConfiguredNumberNotTwiceIt() {
        String scope = "test-" + UUID.randomUUID();
        RateLimit first = limits.rate(scope, 3, Duration.ofMinutes(1));
        RateLimit second = limits.rate(scope, 3, Duration.ofMinutes(1));

        assertThat(first.attempt("10.0.0.1").await().atMost(WAIT)).isEmpty();
        assertThat(second.attempt("10.0.0.1").await().atMost(WAIT)).isEmpty();
        assertThat(first.attempt("10.0.0.1").await().atMost(WAIT)).isEmpty();

        Optional<RateLimit.Refusal> refused = second.attempt("10.0.0.1").await().atMost(WAIT);
        assertThat(refused).isPresent();
        assertThat(refused.get().retryAfter()).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(60));
        assertThat(first.attempt("10.0.0.1").await().atMost(WAIT)).isPresent();
        assertThat(first.attempt("10.0.0.2").await().atMost(WAIT)).as("another key").isEmpty();
    }

    @Test
    void aRefundedAttemptComesBackForEveryInstance() {
        String scope = "test-" + UUID.randomUUID();
        RateLimit first = limits.rate(scope, 1, Duration.ofMinutes(1));
        RateLimit second = limits.rate(scope, 1, Duration.ofMinutes(1));
        assertThat(first.attempt("k").await().atMost(WAIT)).isEmpty();

        first.refund("k").await().atMost(WAIT);

        assertThat(second.attempt("k").await().atMost(WAIT)).isEmpty();
        assertThat(first.attempt("k").await().atMost(WAIT)).isPresent();
    }

    @Test
    void theWindowStartsOverWhenItEnds() {
        String scope = "test-" + UUID.randomUUID();
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofSeconds(61));
        RateLimit now = limits.rate(scope, 1, Duration.ofMinutes(1));
        assertThat(now.attempt("k").await().atMost(WAIT)).isEmpty();
        assertThat(now.attempt("k").await().atMost(WAIT)).isPresent();

        assertThat(limits.rate(scope, 1, Duration.ofMinutes(1), later).attempt("k").await().atMost(WAIT)).isEmpty();
    }

    @Test
    void loginThrottlingReadsTheSharedTableAsAnotherInstanceLeftIt() {
        String address = "203.0.113." + ThreadLocalRandom.current().nextInt(1, 255);
        // another instance already counted the test profile's limit of failed logins from this address
        pool.preparedQuery("insert into rate_counter (scope, key, window_ends, hits) values ('login-address', $1, $2, $3) "
                        + "on conflict (scope, key) do update set hits = excluded.hits, window_ends = excluded.window_ends")
                .execute(Tuple.of(address, OffsetDateTime.now().plusMinutes(10), authConfig.maxFailuresPerAddress()))
                .await().atMost(WAIT);

        given().contentType(ContentType.JSON).header("X-Forwarded-For", address)
                .body(Map.of("username", "nobody-" + UUID.randomUUID(), "password", "wrong password"))
                .post("/api/auth/token")
                .then().statusCode(429).contentType("application/problem+json");
    }

    @Test
    void aKeyHoldsNoMoreLeasesThanItsLimitAcrossInstancesAndADeadInstancesLeasesExpire() throws InterruptedException {
        String scope = "test-" + UUID.randomUUID();
        LeaseLimit here = limits.leases(scope, 2);
        LeaseLimit dying = limits.leasesOfAnotherInstance(scope, 2, Duration.ofSeconds(1));

        assertThat(dying.acquire("a").await().atMost(WAIT)).isPresent();
        Optional<LeaseLimit.Lease> mine = here.acquire("a").await().atMost(WAIT);
        assertThat(mine).isPresent();
        assertThat(here.acquire("a").await().atMost(WAIT)).as("the key is full across both").isEmpty();

        mine.get().release();
        assertThat(here.acquire("a").await().atMost(WAIT)).as("a released slot is free at once").isPresent();

        // the other instance stops renewing (it died): its slot is free once the lease expires
        Thread.sleep(1500);
        assertThat(here.acquire("a").await().atMost(WAIT)).isPresent();
        assertThat(here.acquire("a").await().atMost(WAIT)).isEmpty();
    }

    @Test
    void manyParallelTakersNeverHoldMoreThanTheLimit() {
        String scope = "test-" + UUID.randomUUID();
        var takers = java.util.stream.IntStream.range(0, 12)
                .mapToObj(i -> limits.leasesOfAnotherInstance(scope, 4, Duration.ofMinutes(1)).acquire("a"))
                .toList();
        long held = io.smallrye.mutiny.Uni.join().all(takers).andFailFast().await().atMost(WAIT)
                .stream().filter(Optional::isPresent).count();
        assertThat(held).isEqualTo(4);
    }
}
