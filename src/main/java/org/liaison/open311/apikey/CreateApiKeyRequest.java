package org.liaison.open311.apikey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new API key for one Open311 client application.")
public record CreateApiKeyRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "Who the key is for: the application and its operator.", example = "FixMyStreet 无锡 (mySociety)")
        String clientName,
        @Min(1) @Max(100_000)
        @Schema(description = "POST requests per minute for this key; absent takes OPEN311_RATE_LIMIT_PER_MINUTE.",
                example = "120")
        Integer rateLimitPerMinute) {
}
