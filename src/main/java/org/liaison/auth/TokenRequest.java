package org.liaison.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Credentials of an administrator, deputy or department account.")
public record TokenRequest(
        @NotBlank @Size(max = 64) @Schema(example = "admin") String username,
        @NotBlank @Size(max = 128) @Schema(example = "admin") String password) {
}
