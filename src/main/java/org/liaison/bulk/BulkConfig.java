package org.liaison.bulk;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Spreadsheet imports. */
@ConfigMapping(prefix = "liaison.bulk")
public interface BulkConfig {

    /** Data rows one imported file may hold; larger files are refused before anything is written. */
    @WithDefault("50000")
    int maxRows();

    /** Row errors listed in a refused import's answer (all are counted). */
    @WithDefault("1000")
    int maxListedErrors();
}
