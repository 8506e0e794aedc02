package org.liaison.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new password set by an administrator.")
public record PasswordResetRequest(
        @NotNull @Size(min = 8, max = 128) @Schema(description = "8 to 128 characters, at most 72 bytes in UTF-8 (what bcrypt reads).", example = "another long secret")
        String password) {

    /** The password must never reach a log through a record's generated toString. */
    @Override
    public String toString() {
        return "PasswordResetRequest[…]";
    }
}
