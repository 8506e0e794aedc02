package org.liaison.stats;

import io.quarkus.test.junit.QuarkusTestProfile;

import java.util.Map;

/** The benchmark's setting: no rollups in the case's transaction (STATS_LIVE_ROLLUPS=false). */
public class LiveRollupsOffProfile implements QuarkusTestProfile {

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("liaison.stats.live-rollups", "false");
    }
}
