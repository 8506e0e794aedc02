package org.liaison.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.support.Logins;
import org.liaison.support.Logins.Pair;
import org.liaison.support.MutableClock;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** Refresh tokens: rotation, reuse detection, parallel use, sliding and absolute expiry. */
@QuarkusTest
class RefreshTokenTest {

    @Inject
    MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void loginGivesAnOpaqueRefreshTokenWithItsLifetime() {
        Response login = Logins.login(Logins.newAdmin(), Logins.PASSWORD, "test phone");
        login.then().statusCode(200)
                .body("refresh_expires_in", equalTo((int) Duration.ofDays(30).toSeconds()))
                .body("expires_in", equalTo(900));
        String refresh = login.path("refresh_token");
        assertThat(refresh).matches("[A-Za-z0-9_-]{43}");
        assertThat(refresh).isNotEqualTo(login.path("access_token"));
    }

    @Test
    void eachRefreshGivesANewPairAndSpendsTheOldToken() {
        Pair first = Logins.login(Logins.newAdmin());
        Pair second = Logins.pair(Logins.refresh(first.refreshToken()));
        assertThat(second.refreshToken()).isNotEqualTo(first.refreshToken());
        assertThat(second.accessToken()).isNotEqualTo(first.accessToken());
        assertThat(Logins.meStatus(second.accessToken())).isEqualTo(200);

        Pair third = Logins.pair(Logins.refresh(second.refreshToken()));
        assertThat(Logins.meStatus(third.accessToken())).isEqualTo(200);
    }

    @Test
    void aSpentRefreshTokenPresentedAgainEndsTheWholeSession() {
        Pair first = Logins.login(Logins.newAdmin());
        Pair second = Logins.pair(Logins.refresh(first.refreshToken()));

        Logins.refresh(first.refreshToken()).then().statusCode(401)
                .contentType(startsWith("application/problem+json"))
                .body("title", equalTo("Invalid refresh token"));

        // the thief's replay took the legitimate holder's newer tokens down with it
        Logins.refresh(second.refreshToken()).then().statusCode(401);
        assertThat(Logins.meStatus(second.accessToken())).isEqualTo(401);
        assertThat(Logins.meStatus(first.accessToken())).isEqualTo(401);
    }

    @Test
    void reuseEndsOnlyThatSessionNotTheAccountsOthers() {
        String name = Logins.newAdmin();
        Pair phone = Logins.login(name);
        Pair laptop = Logins.login(name);
        Logins.pair(Logins.refresh(phone.refreshToken()));
        Logins.refresh(phone.refreshToken()).then().statusCode(401);

        assertThat(Logins.meStatus(laptop.accessToken())).isEqualTo(200);
        Logins.pair(Logins.refresh(laptop.refreshToken()));
    }

    @Test
    void twoParallelRefreshesWithTheSameTokenGiveOneSuccess() throws Exception {
        for (int round = 0; round < 3; round++) {
            Pair login = Logins.login(Logins.newAdmin());
            CyclicBarrier start = new CyclicBarrier(2);
            List<CompletableFuture<Integer>> racers = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                racers.add(CompletableFuture.supplyAsync(() -> {
                    try {
                        start.await();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return Logins.refresh(login.refreshToken()).statusCode();
                }));
            }
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Integer> racer : racers) {
                statuses.add(racer.get());
            }
            assertThat(statuses).containsExactlyInAnyOrder(200, 401);
        }
    }

    @Test
    void anUnusedRefreshTokenRunsOutAfterItsLifetime() {
        Pair login = Logins.login(Logins.newAdmin());
        clock.advance(Duration.ofDays(30).plusMinutes(1));
        Logins.refresh(login.refreshToken()).then().statusCode(401);
    }

    @Test
    void refreshingSlidesTheLifetimeUpToTheSessionsAbsoluteEnd() {
        Pair current = Logins.login(Logins.newAdmin());
        // 20 days apart: each refresh is within the 30-day window, and together they pass it
        for (int i = 0; i < 4; i++) {
            clock.advance(Duration.ofDays(20));
            current = Logins.pair(Logins.refresh(current.refreshToken()));
        }
        // day 80: the last refresh may slide only to day 90, the session's absolute end
        Response last = Logins.refresh(current.refreshToken());
        last.then().statusCode(200);
        assertThat(last.jsonPath().getLong("refresh_expires_in")).isBetween(
                Duration.ofDays(10).minusMinutes(5).toSeconds(), Duration.ofDays(10).toSeconds());
        clock.advance(Duration.ofDays(10).plusMinutes(1));
        Logins.refresh(last.path("refresh_token")).then().statusCode(401);
    }

    @Test
    void garbageAndUnknownTokensAreRefusedWithoutTouchingAnything() {
        Logins.refresh("not-a-refresh-token").then().statusCode(401)
                .contentType(startsWith("application/problem+json"));
        Logins.refresh("A".repeat(43)).then().statusCode(401);
        io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON).body("{}")
                .post("/api/auth/refresh").then().statusCode(400)
                .body("errors.field", org.hamcrest.Matchers.hasItem("refreshToken"));
    }
}
