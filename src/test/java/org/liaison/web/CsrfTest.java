package org.liaison.web;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The double-submit token: random, well formed, and matching only itself. */
class CsrfTest {

    @RepeatedTest(20)
    void newTokensAreWellFormedAndDistinct() {
        String token = Csrf.newToken();
        assertThat(Csrf.isWellFormed(token)).isTrue();
        assertThat(Csrf.newToken()).isNotEqualTo(token);
        assertThat(Csrf.matches(token, token)).isTrue();
    }

    @Test
    void anythingElseDoesNotMatch() {
        String token = Csrf.newToken();
        assertThat(Csrf.matches(token, null)).isFalse();
        assertThat(Csrf.matches(token, "")).isFalse();
        assertThat(Csrf.matches(token, Csrf.newToken())).isFalse();
        assertThat(Csrf.matches(token, token + "x")).isFalse();
        assertThat(Csrf.matches(null, token)).isFalse();
        assertThat(Csrf.matches(null, null)).isFalse();
        // a cookie the server never issued (too short) is refused even when the field repeats it
        assertThat(Csrf.matches("abc", "abc")).isFalse();
        assertThat(Csrf.isWellFormed("a".repeat(31) + "!")).isFalse();
    }
}
