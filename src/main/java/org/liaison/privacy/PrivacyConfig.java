package org.liaison.privacy;

import io.smallrye.config.ConfigMapping;

/** Protection of residents' personal data. */
@ConfigMapping(prefix = "liaison.privacy")
public interface PrivacyConfig {

    /** AES-256 key, base64 (32 bytes), that encrypts residents' names and phone numbers at rest (PERSONAL_DATA_KEY). */
    String personalDataKey();
}
