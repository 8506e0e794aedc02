package org.liaison.deputy;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.deputy.DeputyResourceTest.admin;
import static org.liaison.deputy.DeputyResourceTest.create;
import static org.liaison.deputy.DeputyResourceTest.deputy;

/** GET /api/admin/deputies: filters and paging, over deputies the test makes with a marker of its own. */
@QuarkusTest
class DeputyListTest {

    private static final String DEPUTIES = "/api/admin/deputies";

    private static String marker() {
        return "Zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    @Test
    void listFiltersByLevelTextActiveAndWholeTopic() {
        String marker = marker();
        String topic = "topic-" + marker;
        Map<String, Object> a = deputy("Alpha " + marker);
        a.put("topics", List.of(topic, "OTHER"));
        long alpha = create(a);
        Map<String, Object> b = deputy("Beta");
        b.put("constituency", "District " + marker.toUpperCase());
        b.put("level", "TOWNSHIP");
        b.put("topics", List.of(topic + "-longer"));
        long beta = create(b);
        Map<String, Object> c = deputy("Gamma " + marker);
        c.put("level", "TOWNSHIP");
        c.put("topics", List.of(topic.toUpperCase()));
        long gamma = create(c);
        admin().delete(DEPUTIES + "/" + gamma).then().statusCode(204);

        admin().queryParam("q", marker.toLowerCase()).get(DEPUTIES).then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.id", contains((int) alpha, (int) beta, (int) gamma));
        admin().queryParam("q", marker).queryParam("level", "TOWNSHIP").get(DEPUTIES).then()
                .body("items.id", contains((int) beta, (int) gamma));
        admin().queryParam("q", marker).queryParam("active", false).get(DEPUTIES).then()
                .body("items.id", contains((int) gamma));
        admin().queryParam("topic", topic).get(DEPUTIES).then()
                .body("items.id", contains((int) alpha, (int) gamma));
        admin().queryParam("topic", topic).queryParam("active", true).get(DEPUTIES).then()
                .body("items.id", contains((int) alpha));
        admin().queryParam("q", marker).queryParam("size", 1).queryParam("page", 1).get(DEPUTIES).then()
                .body("page", equalTo(1)).body("size", equalTo(1)).body("total", equalTo(3))
                .body("items.id", contains((int) beta));
    }

    @Test
    void invalidListParametersAreFieldErrors() {
        admin().queryParam("level", "MAYOR").get(DEPUTIES).then().statusCode(400).body("errors.field", contains("level"));
        admin().queryParam("size", 0).get(DEPUTIES).then().statusCode(400).body("errors.field", contains("size"));
        admin().queryParam("size", 201).get(DEPUTIES).then().statusCode(400);
        admin().queryParam("page", -1).get(DEPUTIES).then().statusCode(400);
    }
}
