package org.liaison.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.common.problem.ProblemException;

import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The address half of the throttle, which refresh attempts share with logins, on the shared counter table. */
@QuarkusTest
class LoginThrottleTest {

    @Inject
    LoginThrottle throttle;
    @Inject
    AuthConfig config;

    private static void await(Uni<Void> work) throws Throwable {
        VertxContextSupport.subscribeAndAwait(() -> work);
    }

    private static String freshAddress() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "198.51." + random.nextInt(256) + "." + random.nextInt(256);
    }

    @Test
    void unknownRefreshTokensFromOneAddressAreThrottledLikeFailedLogins() throws Throwable {
        String address = freshAddress();
        for (int i = 0; i < config.maxFailuresPerAddress(); i++) {
            await(throttle.admitAddress(address));
        }
        assertThatThrownBy(() -> await(throttle.admitAddress(address)))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfter()).isPositive();
                });
        // the same address is throttled for logins too, and another address is not
        assertThatThrownBy(() -> await(throttle.admit("someone", address))).isInstanceOf(ProblemException.class);
        await(throttle.admitAddress(freshAddress()));
    }

    @Test
    void knownRefreshTokensGiveTheirAttemptBack() throws Throwable {
        String address = freshAddress();
        for (int i = 0; i < config.maxFailuresPerAddress() + 5; i++) {
            await(throttle.admitAddress(address));
            await(throttle.refundAddress(address));
        }
        await(throttle.admitAddress(address));
    }
}
