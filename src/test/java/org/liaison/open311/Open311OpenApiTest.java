package org.liaison.open311;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

/** The Open311 resources and the key administration are described in the OpenAPI document. */
@QuarkusTest
class Open311OpenApiTest {

    @Test
    void everyResourceIsDocumented() {
        JsonPath openapi = given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
        Map<String, Object> paths = openapi.getMap("paths");
        assertThat(paths).containsKeys("/open311/v2/discovery.{format}", "/open311/v2/services.{format}",
                "/open311/v2/services/{service_code}.{format}", "/open311/v2/requests.{format}",
                "/open311/v2/requests/{service_request_id}.{format}", "/open311/v2/servicerequestupdates.{format}",
                "/api/admin/api-keys", "/api/admin/api-keys/{id}");
        assertThat(paths.keySet()).noneMatch(path -> path.contains("{path"));
        assertThat(openapi.getString("paths.'/open311/v2/requests.{format}'.post.description")).contains("address_id");
        assertThat(openapi.getString("paths.'/open311/v2/servicerequestupdates.{format}'.get.summary"))
                .isEqualTo("GET Service Request Updates");
    }
}
