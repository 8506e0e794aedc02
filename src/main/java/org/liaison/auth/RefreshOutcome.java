package org.liaison.auth;

/** The result of a refresh attempt, decided inside its transaction and acted on after it committed. */
record RefreshOutcome(TokenResponse tokens, RevocationChange ended, boolean unknownToken) {

    static RefreshOutcome renewed(TokenResponse tokens) {
        return new RefreshOutcome(tokens, null, false);
    }

    /** A token that was issued but cannot be used any more (expired, its session ended, its account disabled). */
    static RefreshOutcome refused() {
        return new RefreshOutcome(null, null, false);
    }

    /** A token that was never issued: a guess, counted like a failed login. */
    static RefreshOutcome unknown() {
        return new RefreshOutcome(null, null, true);
    }

    static RefreshOutcome theft(RevocationChange ended) {
        return new RefreshOutcome(null, ended, false);
    }
}
