package org.liaison.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A bearer token (OAuth 2.0 token response shape).")
public record TokenResponse(
        @JsonProperty("access_token") @Schema(description = "Signed JWT to send as 'Authorization: Bearer …'.") String accessToken,
        @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(description = "Seconds until the token expires.", example = "900") long expiresIn) {
}
