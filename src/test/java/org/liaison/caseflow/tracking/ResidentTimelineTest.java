package org.liaison.caseflow.tracking;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.vertx.mutiny.sqlclient.Row;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.privacy.PersonalDataCipher;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;

/** What the resident sees of the case, and what nobody sees: names and phone numbers. */
@QuarkusTest
class ResidentTimelineTest {

    private static final String PHONE = "139 1234 5678";
    private static final String STORED_PHONE = "13912345678";
    private static final String NAME = "隐私测试居民张三丰";

    @Inject
    CaseRows rows;
    @Inject
    PersonalDataCipher cipher;

    @Test
    void theViewShowsCategoryVenueHolderDeadlinesAndThePublicTimelineWithoutPersonalData() {
        long venue = venue("HOME", null);
        long deputy = deputy("时间线代表");
        duty(venue, deputy, today());
        String category = category();
        Map<String, Object> body = submission(category, "垃圾桶满了没人清理");
        body.put("name", NAME);
        body.put("phone", PHONE);
        body.put("contactConsent", true);
        Response created = submitAtVenue(venueCode(venue), body);
        created.then().statusCode(201);
        String trackingCode = created.path("trackingCode");

        Response view = withSecret(created.path("secret")).get("/api/public/cases/{code}", trackingCode);

        view.then().statusCode(200).header("Cache-Control", "no-store")
                .body("trackingCode", equalTo(trackingCode))
                .body("status", equalTo("ASSIGNED"))
                .body("category.code", equalTo(category))
                .body("venueName", equalTo(created.path("venueName")))
                .body("text", equalTo("垃圾桶满了没人清理"))
                .body("heldBy.kind", equalTo("DEPUTY"))
                .body("acceptDueAt", equalTo(created.path("acceptDueAt")))
                .body("supervised", equalTo(false))
                .body("allowedActions", org.hamcrest.Matchers.contains("WITHDRAW", "ADD_MESSAGE"))
                .body("timeline[0].type", equalTo("SUBMITTED"))
                .body("timeline[0].actor", equalTo("RESIDENT"))
                .body("timeline[0].toStatus", equalTo("SUBMITTED"))
                .body("timeline[1].type", equalTo("ROUTE"))
                .body("timeline[1].actor", equalTo("SYSTEM"))
                .body("timeline[1].fromStatus", equalTo("SUBMITTED"))
                .body("timeline[1].toStatus", equalTo("ASSIGNED"))
                .body("timeline[1].note", equalTo(created.path("routingReasonZh")));
        assertThat(view.jsonPath().getString("resolveDueAt")).isNotNull();
        assertThat(view.jsonPath().getString("heldBy.nameZh")).startsWith("时间线代表");
        List<Long> ids = view.jsonPath().getList("timeline.id", Long.class);
        assertThat(ids).isSorted().doesNotHaveDuplicates();

        for (String json : List.of(view.asString(), created.asString())) {
            assertThat(json).doesNotContain(NAME).doesNotContain(STORED_PHONE).doesNotContain(PHONE)
                    .doesNotContain(org.liaison.deputy.DeputyFixtures.PHONE)
                    .doesNotContain("deputyId").doesNotContain("actorId").doesNotContain("secretHash");
        }
        assertThat(view.asString()).doesNotContain((String) created.path("secret"));
    }

    @Test
    void nameAndPhoneAreStoredEncryptedAndDecryptBack() {
        long venue = venue("HOME", null);
        Map<String, Object> body = submission(category(), "加密测试");
        body.put("name", NAME);
        body.put("phone", PHONE);
        body.put("contactConsent", true);
        body.put("anonymous", true);
        String trackingCode = submitAtVenue(venueCode(venue), body).then().statusCode(201).extract().path("trackingCode");

        Row row = rows.byTrackingCode(trackingCode);

        String phone = row.getString("resident_phone_enc");
        String name = row.getString("resident_name_enc");
        assertThat(phone).isNotBlank().doesNotContain(STORED_PHONE).doesNotContain("5678");
        assertThat(name).isNotBlank().doesNotContain(NAME);
        assertThat(cipher.decrypt(phone)).isEqualTo(STORED_PHONE);
        assertThat(cipher.decrypt(name)).isEqualTo(NAME);
    }

    @Test
    void withoutNameAndPhoneNothingIsStored() {
        long venue = venue("HOME", null);
        Map<String, Object> body = submission(category(), "匿名留言");
        body.put("name", "   ");
        body.put("phone", "");
        String trackingCode = submitAtVenue(venueCode(venue), body).then().statusCode(201).extract().path("trackingCode");

        Row row = rows.byTrackingCode(trackingCode);

        assertThat(row.getString("resident_phone_enc")).isNull();
        assertThat(row.getString("resident_name_enc")).isNull();
    }
}
