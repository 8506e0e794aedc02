package org.liaison.auth;

/** The result of a refresh attempt, decided inside its transaction and acted on after it committed. */
record RefreshOutcome(TokenResponse tokens, RevocationChange ended) {

    static RefreshOutcome renewed(TokenResponse tokens) {
        return new RefreshOutcome(tokens, null);
    }

    static RefreshOutcome refused() {
        return new RefreshOutcome(null, null);
    }

    static RefreshOutcome theft(RevocationChange ended) {
        return new RefreshOutcome(null, ended);
    }
}
