package org.liaison.common;

import io.smallrye.config.ConfigMapping;
import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

import java.time.ZoneId;

/** Settings shared by several features. */
@ConfigMapping(prefix = "liaison")
public interface LiaisonConfig {

    /** Public base address of the service, as residents reach it: QR codes and links are built from it. */
    String publicBaseUrl();

    /** Time zone of the contact-day calendar and of deadlines. */
    @WithDefault("Asia/Shanghai")
    ZoneId zone();

    /** Largest request body on every path but spreadsheet imports (see OversizedBodyGuard). */
    @WithName("http.max-json-body-size")
    @WithDefault("64K")
    MemorySize maxJsonBodySize();
}
