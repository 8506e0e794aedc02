package org.liaison.auth;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "Credentials of an administrator, deputy or department account.")
public record TokenRequest(
        @NotBlank @Size(max = 64) @Schema(example = "admin") String username,
        @NotBlank @Size(max = 128) @Schema(example = "admin") String password,
        @Size(max = 100) @Schema(description = "Optional name of the device, shown in the list of sessions.",
                example = "王丽's phone (Liaison app 2.1)", nullable = true) String deviceLabel) {

    /** The password must never reach a log through a record's generated toString. */
    @Override
    public String toString() {
        return "TokenRequest[username=" + username + "]";
    }
}
