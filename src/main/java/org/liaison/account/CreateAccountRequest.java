package org.liaison.account;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(description = "A new login. A deputy account names its deputy, a department account its department, "
        + "an administrator neither.")
public record CreateAccountRequest(
        @NotNull @Pattern(regexp = "^[a-zA-Z0-9._-]{3,64}$", message = "must be 3 to 64 letters, digits, '.', '_' or '-'")
        @Schema(description = "Stored lower-case; logins are case-insensitive.", example = "wang.li")
        String username,
        @NotNull @Size(min = 8, max = 128) @Schema(description = "8 to 128 characters; stored only as a bcrypt hash, at most 72 bytes in UTF-8 (what bcrypt reads).", example = "correct horse battery")
        String password,
        @NotNull @Pattern(regexp = "admin|deputy|department", message = "must be admin, deputy or department")
        @Schema(enumeration = {"admin", "deputy", "department"}, example = "deputy")
        String role,
        @Schema(description = "Required for role deputy, absent otherwise.", example = "1") Long deputyId,
        @Schema(description = "Required for role department, absent otherwise.") Long departmentId) {

    /** The password must never reach a log through a record's generated toString. */
    @Override
    public String toString() {
        return "CreateAccountRequest[username=" + username + ", role=" + role + "]";
    }
}
