package org.liaison.common.problem;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.support.Tokens;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.caseflow.handling.CaseFixtures.as;

/** A query parameter that cannot be converted is a malformed request (400), not a missing page (404). */
@QuarkusTest
class MalformedParameterTest {

    @Test
    void aQueryParameterThatIsNotANumberIsNamed() {
        as(Tokens.deputy(1)).queryParam("since", "soon").get("/api/deputy/assignments").then()
                .statusCode(400).contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400)).body("errors[0].field", equalTo("since"))
                .body("errors[0].message", equalTo("has the wrong type or format"));
    }

    @Test
    void aNumberOutOfRangeIsNamed() {
        as(Tokens.admin()).queryParam("page", "2147483648").get("/api/admin/categories").then()
                .statusCode(400).contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("page"));
        as(Tokens.admin()).queryParam("since", "99999999999999999999").get("/api/admin/queue").then()
                .statusCode(400).body("errors[0].field", equalTo("since"));
    }

    @Test
    void aPathSegmentThatIsNotANumberIsNothingAtThatAddress() {
        as(Tokens.admin()).get("/api/admin/categories/abc").then()
                .statusCode(404).contentType(startsWith("application/problem+json")).body("status", equalTo(404));
    }

    @Test
    void anAddressThatDoesNotExistIsStillNotFound() {
        as(Tokens.admin()).get("/api/admin/nothing-here").then()
                .statusCode(404).contentType(startsWith("application/problem+json")).body("status", equalTo(404));
        as(Tokens.admin()).get("/api/admin/categories/999999999").then().statusCode(404);
    }
}
