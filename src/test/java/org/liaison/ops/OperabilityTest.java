package org.liaison.ops;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.startsWith;

/** What an operator and a load balancer rely on: health, metrics, the API description and the body limit. */
@QuarkusTest
class OperabilityTest {

    @Test
    void readinessIsUpAndChecksTheDatabase() {
        given().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.status", everyItem(equalTo("UP")))
                .body("checks.name", hasItem(containsString("PostgreSQL")));
    }

    @Test
    void livenessAndStartupAreUp() {
        given().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/health/started").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void metricsArePrometheusTextCountingHttpRequests() {
        given().contentType(ContentType.JSON).body(Map.of("username", "admin", "password", "admin"))
                .post("/api/auth/token").then().statusCode(200);

        given().accept("text/plain").get("/q/metrics")
                .then().statusCode(200)
                .contentType(startsWith("text/plain"))
                .body(containsString("# TYPE http_server_requests_seconds"))
                .body(containsString("http_server_requests_seconds_count{"))
                .body(containsString("uri=\"/api/auth/token\""));
    }

    @Test
    void openApiDescribesTheTokenEndpointAndTheBearerScheme() {
        given().accept(ContentType.JSON).get("/q/openapi?format=json")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("paths", hasKey("/api/auth/token"))
                .body("components.securitySchemes.bearer.type", equalTo("http"))
                .body("components.securitySchemes.bearer.scheme", equalTo("bearer"));
    }

    @Test
    void swaggerUiIsServed() {
        given().get("/q/swagger-ui/")
                .then().statusCode(200)
                .contentType(startsWith("text/html"));
    }

    @Test
    void aBodyAboveTheConfiguredLimitIsRefusedBeforeItIsRead() {
        String tooLarge = "{\"username\":\"admin\",\"password\":\"" + "x".repeat(65 * 1024) + "\"}";
        given().contentType(ContentType.JSON).body(tooLarge)
                .post("/api/auth/token")
                .then().statusCode(413)
                .header("Connection", equalTo("close"))
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(413));
    }
}
