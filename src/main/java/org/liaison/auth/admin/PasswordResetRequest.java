package org.liaison.auth.admin;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new password set by an administrator.")
public record PasswordResetRequest(
        @NotNull @Size(min = 8, max = 128) @Schema(description = "8 to 128 characters.", example = "another long secret")
        String password) {
}
