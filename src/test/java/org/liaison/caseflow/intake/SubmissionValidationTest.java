package org.liaison.caseflow.intake;

import org.liaison.caseflow.tracking.CaseRows;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;

@QuarkusTest
class SubmissionValidationTest {

    @Inject
    CaseRows rows;

    private long venue;
    private String code;
    private String category;

    @BeforeEach
    void freshVenue() {
        venue = venue("HOME", null);
        code = venueCode(venue);
        category = category();
    }

    static Stream<Arguments> invalidFields() {
        return Stream.of(
                Arguments.of("text", ""),
                Arguments.of("text", "   \n\t "),
                Arguments.of("text", "长".repeat(4001)),
                Arguments.of("text", "响铃\u0007字符"),
                Arguments.of("text", "转义\u001b[31m红色"),
                Arguments.of("text", "空字符\u0000"),
                Arguments.of("name", "名".repeat(51)),
                Arguments.of("name", "两行\n名字"),
                Arguments.of("phone", "12345"),
                Arguments.of("phone", "138000000011"),
                Arguments.of("categoryCode", ""),
                Arguments.of("categoryCode", "NO_SUCH_CATEGORY"));
    }

    @ParameterizedTest
    @MethodSource("invalidFields")
    void invalidFieldsAre400FieldErrorsAndMakeNoCase(String field, String value) {
        Map<String, Object> body = submission(category, "正常内容");
        body.put(field, value);

        submitAtVenue(code, body).then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem(field));

        assertThat(rows.countAtVenue(venue)).isZero();
    }

    @Test
    void textOf4000CharactersAfterTrimmingWithNewlinesAndTabsIsAccepted() {
        String text = "  " + "长".repeat(3990) + "\r\n\t第二行 " + "  ";
        Map<String, Object> body = submission(category, text);
        body.put("name", "  李女士 ");

        Response created = submitAtVenue(code, body);

        created.then().statusCode(201);
        assertThat(rows.byTrackingCode(created.path("trackingCode")).getString("text"))
                .isEqualTo("长".repeat(3990) + "\n\t第二行");
    }

    @Test
    void aMissingBodyOrWrongTypesAre400() {
        resident().post("/api/public/venues/{code}/submissions", code).then().statusCode(400)
                .contentType("application/problem+json");
        resident().body("{\"categoryCode\": \"X\", \"text\": \"t\", \"anonymous\": \"perhaps\"}")
                .post("/api/public/venues/{code}/submissions", code).then().statusCode(400)
                .contentType("application/problem+json");
    }

    @Test
    void unknownOrMalformedCodesAre404() {
        Map<String, Object> body = submission(category, "找不到联系点");
        submitAtVenue("not-a-code", body).then().statusCode(404).contentType("application/problem+json");
        submitAtVenue("0000-0000-0", body).then().statusCode(404);
        submitToDeputy("not-a-code", body).then().statusCode(404);
        // a venue's code is not a deputy's code
        submitToDeputy(code, body).then().statusCode(404);
    }

    @Test
    void aRotatedCodeIs410AndTheNewOneWorks() {
        admin().post("/api/admin/venues/{id}/qr/rotate", venue).then().statusCode(200);
        Map<String, Object> body = submission(category, "旧海报");

        submitAtVenue(code, body).then().statusCode(410).contentType("application/problem+json");

        submitAtVenue(venueCode(venue), body).then().statusCode(201);
    }

    @Test
    void anInactiveVenueIs410() {
        admin().delete("/api/admin/venues/{id}", venue).then().statusCode(204);

        submitAtVenue(code, submission(category, "联系点已停用")).then().statusCode(410)
                .contentType("application/problem+json");
        assertThat(rows.countAtVenue(venue)).isZero();
    }

    @Test
    void anInactiveCategoryIs400() {
        String inactive = "T" + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        long id = admin().body(Map.of("code", inactive, "nameZh", "停用类别", "nameEn", "Inactive", "acceptHours", 24,
                "resolveHours", 240, "active", false)).post("/api/admin/categories").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        assertThat(id).isPositive();

        submitAtVenue(code, submission(inactive, "停用的类别")).then().statusCode(400)
                .body("errors.field", hasItem("categoryCode"));
    }
}
