package org.liaison.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A bearer token and the refresh token that renews it (OAuth 2.0 token response shape).")
public record TokenResponse(
        @JsonProperty("access_token") @Schema(description = "Signed JWT to send as 'Authorization: Bearer …'.") String accessToken,
        @JsonProperty("token_type") @Schema(example = "Bearer") String tokenType,
        @JsonProperty("expires_in") @Schema(description = "Seconds until the access token expires.", example = "900") long expiresIn,
        @JsonProperty("refresh_token") @Schema(description = "Opaque; exchange it once at POST /api/auth/refresh for a new pair. "
                + "Keep it secret: it is the device's session.", example = "q3Vb1J0a8Xn2h3m4k5l6p7o8i9u0y1t2r3e4w5q6a7s")
        String refreshToken,
        @JsonProperty("refresh_expires_in") @Schema(description = "Seconds until the refresh token runs out unless used.",
                example = "2592000") long refreshExpiresIn) {

    /** Never print the tokens, whatever logs a response. */
    @Override
    public String toString() {
        return "TokenResponse[token_type=" + tokenType + ", expires_in=" + expiresIn + "]";
    }
}
