package org.liaison.caseflow.tracking;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.notNullValue;

@QuarkusTest
class ResidentOpenApiTest {

    @Test
    void theResidentEndpointsAreDescribedWithTheirHeaders() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json").then().statusCode(200)
                .body("paths", hasKey("/api/public/venues/{code}/submissions"))
                .body("paths", hasKey("/api/public/deputies/{code}/submissions"))
                .body("paths", hasKey("/api/public/cases/{trackingCode}/rating"))
                .body("paths.'/api/public/venues/{code}/submissions'.post.parameters.name", hasItem("Idempotency-Key"))
                .body("paths.'/api/public/venues/{code}/submissions'.post.responses.'201'", notNullValue())
                .body("paths.'/api/public/cases/{trackingCode}'.get.parameters.name", hasItem("X-Case-Secret"))
                .body("paths.'/api/public/cases/{trackingCode}'.get.summary", notNullValue());
    }
}
