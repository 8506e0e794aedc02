package org.liaison.poster;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Print files of posters. */
@ConfigMapping(prefix = "liaison.posters")
public interface PrintFileConfig {

    /** Pages one print file may hold (a scan sheet counts as a page); larger selections are printed in parts. */
    @WithDefault("5000")
    int maxPerFile();
}
