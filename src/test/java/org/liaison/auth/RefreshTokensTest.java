package org.liaison.auth;

import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class RefreshTokensTest {

    @RepeatedTest(5)
    void aTokenIs256RandomBitsAndHashesToSha256Hex() {
        String token = RefreshTokens.newToken();
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
        assertThat(RefreshTokens.hashOf(token)).get().asString().matches("[0-9a-f]{64}").doesNotContain(token);
        assertThat(RefreshTokens.hashOf(token)).isEqualTo(RefreshTokens.hashOf(token));
    }

    @org.junit.jupiter.api.Test
    void tokensDoNotRepeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            assertThat(seen.add(RefreshTokens.newToken())).isTrue();
        }
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "short", "not a token at all with spaces and more than forty-three", "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA+"})
    void anythingThatCannotBeOurTokenHasNoHash(String presented) {
        assertThat(RefreshTokens.hashOf(presented)).isEmpty();
    }
}
