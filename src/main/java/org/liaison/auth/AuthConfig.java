package org.liaison.auth;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.Optional;

/** Login and token settings. */
@ConfigMapping(prefix = "liaison.auth")
public interface AuthConfig {

    /** How long an access token stays valid (TOKEN_LIFETIME, ISO-8601 duration). */
    @WithDefault("PT15M")
    Duration tokenLifetime();

    /** How long a refresh token stays usable after it was issued (REFRESH_TOKEN_LIFETIME); each refresh starts it again. */
    @WithDefault("P30D")
    Duration refreshTokenLifetime();

    /** How long a device session lasts at most, however often it is refreshed (SESSION_MAX_LIFETIME). */
    @WithDefault("P90D")
    Duration sessionMaxLifetime();

    /** Accept signed tokens that name no session (only tests mint those); production refuses them. */
    @WithDefault("false")
    boolean acceptTokensWithoutSession();

    /** Wait between attempts to re-establish the LISTEN connection that feeds the revocation check. */
    @WithDefault("1s")
    Duration listenReconnectInterval();

    /** Failed logins for one username within the window before it is throttled. */
    @WithDefault("5")
    int maxFailuresPerUsername();

    /** Failed logins from one client address within the window before it is throttled. */
    @WithDefault("20")
    int maxFailuresPerAddress();

    /** The sliding window over which failed logins are counted. */
    @WithDefault("PT15M")
    Duration failureWindow();

    /** Username of the first administrator, created at start when there is no administrator yet (ADMIN_USERNAME). */
    Optional<String> initialAdminUsername();

    /** Password of that first administrator (ADMIN_PASSWORD); never defaulted. */
    Optional<String> initialAdminPassword();
}
