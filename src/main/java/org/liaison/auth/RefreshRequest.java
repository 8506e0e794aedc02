package org.liaison.auth;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A refresh token from POST /api/auth/token or a previous refresh.")
public record RefreshRequest(
        @JsonProperty("refresh_token") @NotBlank @Size(max = 100)
        @Schema(example = "q3Vb1J0a8Xn2h3m4k5l6p7o8i9u0y1t2r3e4w5q6a7s") String refreshToken) {

    @Override
    public String toString() {
        return "RefreshRequest[…]";
    }
}
