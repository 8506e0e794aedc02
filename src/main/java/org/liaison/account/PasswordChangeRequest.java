package org.liaison.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new password chosen by its owner, who proves to know the current one.")
public record PasswordChangeRequest(
        @NotNull @Size(max = 128) @Schema(example = "the old secret") String currentPassword,
        @NotNull @Size(max = 128) @Schema(description = "At least 8 characters and at most 72 bytes in UTF-8; not the "
                + "username nor one of the most common passwords.", example = "a new and longer secret") String newPassword) {

    @Override
    public String toString() {
        return "PasswordChangeRequest[…]";
    }
}
