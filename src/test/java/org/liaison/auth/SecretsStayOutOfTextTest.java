package org.liaison.auth;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Requests and responses that carry secrets print without them, whoever logs them. */
class SecretsStayOutOfTextTest {

    @Test
    void noSecretReachesToString() {
        String refresh = RefreshTokens.newToken();
        assertThat(new TokenResponse("eyJ.access.token", "Bearer", 900, refresh, 2592000).toString())
                .doesNotContain("eyJ.access.token").doesNotContain(refresh).contains("Bearer");
        assertThat(new RefreshRequest(refresh).toString()).doesNotContain(refresh);
        assertThat(new TokenRequest("wang.li", "my secret password", "phone").toString())
                .doesNotContain("my secret password").contains("wang.li");
    }
}
