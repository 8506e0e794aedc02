package org.liaison.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.auth.Account;

import java.time.Instant;

/** An account as administrators see it. There is deliberately no field for the password or its hash. */
@Schema(description = "A login account; its password is never returned.")
public record AccountView(
        @Schema(example = "2") Long id,
        @Schema(example = "wang.li") String username,
        @Schema(enumeration = {"admin", "deputy", "department"}, example = "deputy") String role,
        @Schema(example = "1") Long deputyId,
        Long departmentId,
        @Schema(description = "A disabled account cannot log in.", example = "true") boolean enabled,
        Instant createdAt,
        Instant updatedAt,
        long version) {

    static AccountView of(Account account) {
        return new AccountView(account.id, account.username, account.role, account.deputyId, account.departmentId,
                account.enabled, account.createdAt, account.updatedAt, account.version);
    }
}
