package org.liaison.open311;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the Open311 GeoReport v2 endpoint. */
@ConfigMapping(prefix = "liaison.open311")
public interface Open311Config {

    /** The jurisdiction_id this single-jurisdiction endpoint answers to; any other given value is 404. */
    @WithDefault("liaison.local")
    String jurisdictionId();

    /** Who integrators contact about the endpoint, shown in discovery. */
    @WithDefault("The liaison office of the people's congress")
    String contact();

    /** Where integrators get an API key, shown in discovery as key_service. */
    @WithDefault("Ask the liaison office's administrators for an API key (POST /api/admin/api-keys).")
    String keyService();

    /** POST requests per minute and key, for keys without a limit of their own. */
    @WithDefault("60")
    int rateLimitPerMinute();

    /** How far (metres) a lat/long may lie from the nearest active venue; farther is 400. */
    @WithDefault("3000")
    int maxVenueDistanceMetres();
}
