package org.liaison.open311.apikey;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;

@Schema(description = "An issued API key, without the key itself (only its first characters).")
public record ApiKeyView(
        @Schema(example = "3") long id,
        @Schema(example = "FixMyStreet 无锡 (mySociety)") String clientName,
        @Schema(description = "The key's first characters, to tell keys apart.", example = "o311_Xk3vQ9") String keyPrefix,
        @Schema(description = "POST requests per minute; null means the configured default.", example = "120")
        Integer rateLimitPerMinute,
        @Schema(description = "The administrator who issued it.", example = "admin") String createdBy,
        @Schema(example = "2026-12-01T08:00:00Z") Instant createdAt,
        @Schema(description = "When it was revoked; null while it works.") Instant revokedAt,
        boolean active) {

    static ApiKeyView of(ApiKey key) {
        return new ApiKeyView(key.id, key.clientName, key.keyPrefix, key.rateLimitPerMinute, key.createdBy, key.createdAt,
                key.revokedAt, key.isActive());
    }
}
