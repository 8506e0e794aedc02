package org.liaison.auth;

import org.junit.jupiter.api.Test;
import org.liaison.common.problem.ProblemException;

import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The address half of the throttle, which refresh attempts share with logins. */
class LoginThrottleTest {

    private static AuthConfig config() {
        return (AuthConfig) Proxy.newProxyInstance(AuthConfig.class.getClassLoader(), new Class<?>[]{AuthConfig.class},
                (proxy, method, args) -> switch (method.getName()) {
                    case "failureWindow" -> Duration.ofMinutes(15);
                    case "maxFailuresPerAddress" -> 3;
                    case "maxFailuresPerUsername" -> 5;
                    default -> throw new UnsupportedOperationException(method.getName());
                });
    }

    @Test
    void unknownRefreshTokensFromOneAddressAreThrottledLikeFailedLogins() {
        LoginThrottle throttle = new LoginThrottle(config(), Clock.systemUTC());
        for (int i = 0; i < 3; i++) {
            throttle.checkAddress("203.0.113.7");
            throttle.recordAddressFailure("203.0.113.7");
        }
        assertThatThrownBy(() -> throttle.checkAddress("203.0.113.7"))
                .isInstanceOfSatisfying(ProblemException.class, e -> {
                    assertThat(e.status()).isEqualTo(429);
                    assertThat(e.retryAfter()).isPositive();
                });
        // the same address is throttled for logins too, and another address is not
        assertThatThrownBy(() -> throttle.checkAllowed("someone", "203.0.113.7")).isInstanceOf(ProblemException.class);
        throttle.checkAddress("203.0.113.8");
    }
}
