package org.liaison.auth;

import java.util.Optional;

/**
 * What makes access tokens stop working, as sent to every instance on the account_changes channel:
 * an account's token generation was raised, or one session ended. Pure.
 */
public sealed interface RevocationChange {

    long accountId();

    /** The NOTIFY payload; {@link #parse} reads it back. */
    String payload();

    /** Every token of the account issued under an older generation is void. */
    record Generation(long accountId, int generation) implements RevocationChange {
        @Override
        public String payload() {
            return "generation:" + accountId + ":" + generation;
        }
    }

    /** The tokens of one session are void. */
    record SessionEnded(long accountId, long sessionId) implements RevocationChange {
        @Override
        public String payload() {
            return "session:" + accountId + ":" + sessionId;
        }
    }

    static Optional<RevocationChange> parse(String payload) {
        String[] parts = payload == null ? new String[0] : payload.trim().split(":");
        if (parts.length != 3) {
            return Optional.empty();
        }
        try {
            long accountId = Long.parseLong(parts[1]);
            return switch (parts[0]) {
                case "generation" -> Optional.of(new Generation(accountId, Integer.parseInt(parts[2])));
                case "session" -> Optional.of(new SessionEnded(accountId, Long.parseLong(parts[2])));
                default -> Optional.empty();
            };
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
