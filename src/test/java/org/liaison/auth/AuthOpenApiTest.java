package org.liaison.auth;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

/** The sign-in flow is described in the OpenAPI document: every step, its answers and the token shapes. */
@QuarkusTest
class AuthOpenApiTest {

    @Test
    void theFlowAndItsEndpointsAreDescribed() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/auth/token"))
                .body("paths.'/api/auth/refresh'.post.responses", hasKey("401"))
                .body("paths.'/api/auth/refresh'.post.description", containsString("theft"))
                .body("paths.'/api/auth/logout'.post.responses", hasKey("204"))
                .body("paths.'/api/me'.get.summary", notNullValue())
                .body("paths.'/api/me/sessions'.get.summary", notNullValue())
                .body("paths.'/api/me/sessions/{id}'.delete.responses", hasKey("404"))
                .body("paths.'/api/me/password'.post.responses", hasKey("400"))
                .body("paths.'/api/admin/accounts/{id}/sessions'.delete.responses", hasKey("204"))
                .body("components.schemas.TokenResponse.properties", hasKey("refresh_token"))
                .body("components.schemas.TokenResponse.properties", hasKey("refresh_expires_in"))
                .body("tags.name", hasItem("Authentication"))
                .body("tags.find { it.name == 'Authentication' }.description", containsString("POST /api/auth/refresh"));
    }
}
