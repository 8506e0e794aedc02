package org.liaison.qr;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** QR code settings. */
@ConfigMapping(prefix = "liaison.qr")
public interface QrConfig {

    /** Rendered QR images kept in memory per instance (a 512 px PNG is about 2 KB, a 2048 px one about 15 KB). */
    @WithDefault("300")
    int cacheEntries();
}
