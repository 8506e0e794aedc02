package org.liaison.auth;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.limit.RateLimit;
import org.liaison.common.limit.SharedLimits;

/**
 * Slows password guessing for the whole deployment: every attempt is counted for its username and its client
 * address before the password is checked, so parallel guesses cannot all pass the check; past either limit
 * within the window the answer is 429 with Retry-After. A successful login gives its attempts back.
 */
@ApplicationScoped
public class LoginThrottle {

    private static final String REFUSED = "Too many failed logins";

    private final RateLimit byUsername;
    private final RateLimit byAddress;

    LoginThrottle(AuthConfig config, SharedLimits limits) {
        this.byUsername = limits.rate("login-username", config.maxFailuresPerUsername(), config.failureWindow());
        this.byAddress = limits.rate("login-address", config.maxFailuresPerAddress(), config.failureWindow());
    }

    /** Counts the attempt; fails with 429 when the username or the address has used up its attempts. */
    public Uni<Void> admit(String username, String address) {
        return byUsername.admit(username, REFUSED)
                .chain(() -> byAddress.admit(address, REFUSED)
                        .onFailure().call(() -> byUsername.refund(username)));
    }

    /** The password was right: the username starts afresh and the address gets its attempt back. */
    public Uni<Void> succeeded(String username, String address) {
        return byUsername.reset(username).chain(() -> byAddress.refund(address));
    }

    /** Counts an attempt that names no username (a refresh token); 429 when the address has used up its attempts. */
    public Uni<Void> admitAddress(String address) {
        return byAddress.admit(address, REFUSED);
    }

    /** The attempt was genuine (a known token): the address gets it back; only guesses count. */
    public Uni<Void> refundAddress(String address) {
        return byAddress.refund(address);
    }
}
