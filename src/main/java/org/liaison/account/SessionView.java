package org.liaison.account;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.liaison.auth.AuthSession;

import java.time.Instant;

@Schema(description = "A signed-in device of the account.")
public record SessionView(
        @Schema(example = "17") long id,
        @Schema(example = "王丽's phone (Liaison app 2.1)", nullable = true) String deviceLabel,
        Instant createdAt,
        @Schema(description = "When its refresh token was last used (or the login).") Instant lastUsedAt,
        @Schema(description = "The address it last logged in or refreshed from.", example = "203.0.113.7") String clientAddress,
        @Schema(description = "The session is ended for good at this time, however often it is refreshed.") Instant expiresAt,
        @Schema(description = "This is the session of the token that asked.") boolean current) {

    static SessionView of(AuthSession session, Long currentSessionId) {
        return new SessionView(session.id, session.deviceLabel, session.createdAt, session.lastUsedAt,
                session.clientAddress, session.expiresAt, session.id.equals(currentSessionId));
    }
}
