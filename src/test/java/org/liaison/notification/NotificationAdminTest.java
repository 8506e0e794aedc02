package org.liaison.notification;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.Test;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;

import java.util.List;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

/** The operator's view: administrators only, bad input as problem details. */
@QuarkusTest
@TestProfile(WebhookProfile.class)
class NotificationAdminTest {

    @Test
    void onlyAdministratorsSeeTheOutbox() {
        SecurityMatrix.assertRequires("admin", List.of(Call.get("/api/admin/notifications"),
                Call.post("/api/admin/notifications/1/retry", null)));
    }

    @Test
    void badInputIsAProblem() {
        NotifyFlow.admin().queryParam("state", "LOST").get("/api/admin/notifications").then().statusCode(400)
                .contentType(startsWith("application/problem+json")).body("errors[0].field", equalTo("state"));
        NotifyFlow.admin().queryParam("size", 500).get("/api/admin/notifications").then().statusCode(400);
        NotifyFlow.admin().post("/api/admin/notifications/999999999/retry").then().statusCode(404)
                .contentType(startsWith("application/problem+json"));
        NotifyFlow.admin().post("/api/admin/notifications/abc/retry").then().statusCode(404);
        NotifyFlow.admin().queryParam("state", "sent").get("/api/admin/notifications").then().statusCode(200)
                .body("page", equalTo(0));
    }
}
