package org.liaison.scan;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.liaison.qr.QrTestAccess;
import org.liaison.support.Tokens;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

@QuarkusTest
class PublicVenueResourceTest {

    private static final List<String> EVERY_DAY =
            List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY");

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    private record Fixture(long home, long station, long point, long deputy, String phone, String code) {
    }

    private static Fixture pointWithADeputyOnDutyEveryDay() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        long home = venue("HOME", null, "公开之家 " + tag);
        long station = venue("STATION", home, "公开联络站 " + tag);
        long point = venue("POINT", station, "公开联系点 " + tag);
        String phone = "1390000" + String.format("%04d", Math.abs(tag.hashCode()) % 10000);
        long deputy = ((Number) admin().body(Map.of("name", "公开代表" + tag, "level", "COUNTY", "phone", phone,
                        "title", "社区主任", "topics", List.of("ENVIRONMENT")))
                .post("/api/admin/deputies").then().statusCode(201).extract().path("id")).longValue();
        admin().body(Map.of("deputyId", deputy, "rule", Map.of("kind", "WEEKLY", "weekdays", EVERY_DAY),
                        "startsAt", "09:00", "endsAt", "17:00"))
                .post("/api/admin/venues/" + point + "/duties").then().statusCode(201);
        String code = admin().get("/api/admin/venues/" + point + "/qr/code").then().statusCode(200).extract().path("code");
        return new Fixture(home, station, point, deputy, phone, code);
    }

    private static long venue(String kind, Long parent, String name) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("kind", kind, "name", name, "region", "梁溪区",
                "address", "无锡市测试路 1 号"));
        if (parent != null) {
            body.put("parentId", parent);
        }
        return ((Number) admin().body(body).post("/api/admin/venues").then().statusCode(201).extract().path("id")).longValue();
    }

    @Test
    void aScannedCodeShowsTheVenueItsParentsAndWhoIsOnDutyWithoutPhoneNumbers() {
        Fixture f = pointWithADeputyOnDutyEveryDay();
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        Response response = given().get("/api/public/venues/" + f.code());
        response.then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .body("code", equalTo(f.code()))
                .body("kind", equalTo("POINT"))
                .body("parents.kind", contains("STATION", "HOME"))
                .body("deputies[0].deputy.id", equalTo((int) f.deputy()))
                .body("deputies[0].contactDaysZh", equalTo("每周一、二、三、四、五、六、日 09:00–17:00"))
                .body("schedule.today", equalTo(today))
                .body("schedule.onDutyToday[0].deputyId", equalTo((int) f.deputy()))
                .body("schedule.nextContactDay.date", equalTo(today));
        assertThat(response.asString()).doesNotContain(f.phone()).doesNotContain("\"phone\"");
    }

    @Test
    void theCodeMayBeTypedInLowerCaseWithDashes() {
        Fixture f = pointWithADeputyOnDutyEveryDay();
        String typed = (f.code().substring(0, 4) + "-" + f.code().substring(4, 8) + "-" + f.code().substring(8)).toLowerCase();
        given().get("/api/public/venues/" + typed).then().statusCode(200).body("code", equalTo(f.code()));
    }

    @Test
    void theQrCodeFromTheAdminApiDecodesToAUrlWhoseCodeResolves() {
        Fixture f = pointWithADeputyOnDutyEveryDay();
        byte[] png = admin().queryParam("format", "png").queryParam("size", 300)
                .get("/api/admin/venues/" + f.point() + "/qr").then().statusCode(200).extract().asByteArray();
        String url = QrTestAccess.decodePng(png);
        assertThat(url).isEqualTo("http://localhost:8080/v/" + f.code());
        String code = url.substring(url.lastIndexOf('/') + 1);
        given().get("/api/public/venues/" + code).then().statusCode(200).body("name", startsWith("公开联系点"));
    }

    @Test
    void unknownAndMistypedCodesAre404AndAReplacedPosterIs410() {
        Fixture f = pointWithADeputyOnDutyEveryDay();
        char last = f.code().charAt(8);
        String typo = f.code().substring(0, 8) + (last == '0' ? '1' : '0');
        for (String code : List.of(typo, "NOPE", "0000000000000")) {
            given().get("/api/public/venues/" + code).then().statusCode(404)
                    .contentType(startsWith("application/problem+json"));
        }
        String fresh = admin().post("/api/admin/venues/" + f.point() + "/qr/rotate").then().statusCode(200)
                .extract().path("code");
        given().get("/api/public/venues/" + f.code()).then().statusCode(410)
                .contentType(startsWith("application/problem+json"))
                .body("detail", startsWith("This poster has been replaced"));
        given().get("/api/public/venues/" + fresh).then().statusCode(200);
    }

    @Test
    void aDeactivatedVenueIsGone() {
        Fixture f = pointWithADeputyOnDutyEveryDay();
        admin().delete("/api/admin/venues/" + f.point()).then().statusCode(204);
        given().get("/api/public/venues/" + f.code()).then().statusCode(410)
                .contentType(startsWith("application/problem+json"));
    }

    @Test
    void thePosterStatesTheContactDays() {
        Fixture f = pointWithADeputyOnDutyEveryDay();
        String svg = admin().get("/api/admin/venues/" + f.point() + "/poster").then().statusCode(200).extract().asString();
        assertThat(svg).contains(LocalDate.now(ZoneId.of("Asia/Shanghai")) + " · 每周一、二、三");
    }
}
