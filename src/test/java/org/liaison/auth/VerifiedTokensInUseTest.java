package org.liaison.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.support.Tokens;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The bearer-token check the HTTP layer uses is the remembering one, and a remembered token still authenticates. */
@QuarkusTest
class VerifiedTokensInUseTest {

    @Inject
    JWTParser parser;

    @Test
    void theApplicationVerifiesTokensThroughTheCache() {
        assertThat(parser).isInstanceOf(VerifiedTokens.class);
        String token = Tokens.admin();
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(token).get("/api/admin/venues").then().statusCode(200);
        }
        given().auth().oauth2(token + "x").get("/api/admin/venues").then().statusCode(401);
    }
}
