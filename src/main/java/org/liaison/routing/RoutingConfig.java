package org.liaison.routing;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Routing settings. */
@ConfigMapping(prefix = "liaison.routing")
public interface RoutingConfig {

    /** How many more open cases a deputy focused on the category may carry and still be preferred. */
    @WithDefault("2")
    int topicSlack();
}
