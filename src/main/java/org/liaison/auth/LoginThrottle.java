package org.liaison.auth;

import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.RateWindow;
import org.liaison.common.problem.ProblemException;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/** Slows password guessing: too many failures for one username or from one address → 429 with Retry-After. */
@ApplicationScoped
public class LoginThrottle {

    private final AuthConfig config;
    private final RateWindow byUsername;
    private final RateWindow byAddress;

    LoginThrottle(AuthConfig config, Clock clock) {
        this.config = config;
        this.byUsername = new RateWindow(config.failureWindow(), clock);
        this.byAddress = new RateWindow(config.failureWindow(), clock);
    }

    /** Throws 429 when either the username or the address has used up its failures. */
    public void checkAllowed(String username, String address) {
        Optional<Duration> wait = byUsername.blockedFor(username, config.maxFailuresPerUsername())
                .or(() -> byAddress.blockedFor(address, config.maxFailuresPerAddress()));
        if (wait.isPresent()) {
            throw ProblemException.tooManyRequests(
                    "Too many failed logins; try again in " + Math.max(1, wait.get().toSeconds()) + " seconds.", wait.get());
        }
    }

    /** Throws 429 when the address has used up its failures (refresh tokens name no username). */
    public void checkAddress(String address) {
        byAddress.blockedFor(address, config.maxFailuresPerAddress()).ifPresent(wait -> {
            throw ProblemException.tooManyRequests(
                    "Too many failed attempts; try again in " + Math.max(1, wait.toSeconds()) + " seconds.", wait);
        });
    }

    public void recordAddressFailure(String address) {
        byAddress.record(address);
    }

    public void recordFailure(String username, String address) {
        byUsername.record(username);
        byAddress.record(address);
    }

    public void recordSuccess(String username) {
        byUsername.reset(username);
    }
}
