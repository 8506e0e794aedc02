package org.liaison.bulk;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;
import org.liaison.support.Tokens;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.bulk.BulkFixtures.deputyByName;
import static org.liaison.bulk.BulkFixtures.example;
import static org.liaison.bulk.BulkFixtures.id;
import static org.liaison.bulk.BulkFixtures.upload;
import static org.liaison.bulk.BulkFixtures.venueByName;

/** The example files of docs/examples imported through the API and read back through the API. */
@QuarkusTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ImportResourceTest {

    @Test
    @Order(1)
    void aDistrictImportsFromItsSpreadsheets() {
        upload("venues", example("venues.csv"), null).then().statusCode(200)
                .body("charset", equalTo("UTF-8")).body("rows", equalTo(5))
                .body("created", equalTo(5)).body("updated", equalTo(0)).body("unchanged", equalTo(0));

        Map<String, Object> home = venueByName("梁溪区人大代表之家");
        Map<String, Object> station = venueByName("崇安寺街道人大代表联络站");
        Map<String, Object> point = venueByName("健康社区 \"连心\" 联系点");
        assertThat(home).containsEntry("kind", "HOME").containsEntry("externalCode", "LX-H01").containsEntry("parentId", null);
        assertThat(station).containsEntry("kind", "STATION").containsEntry("parentId", home.get("id"))
                .containsEntry("address", "无锡市梁溪区中山路 288 号, 2 楼");
        assertThat(point).containsEntry("kind", "POINT").containsEntry("parentId", station.get("id"))
                .containsEntry("address", "无锡市梁溪区健康路 12 号\n社区服务中心一楼").containsEntry("latitude", 31.5801f);
        assertThat(venueByName("广丰社区人大代表联系点")).containsEntry("kind", "POINT")
                .containsEntry("parentId", venueByName("广益街道人大代表联络站").get("id"));

        upload("deputies", example("deputies.csv"), null).then().statusCode(200).body("created", equalTo(3));
        Map<String, Object> wang = deputyByName("王丽", "LX-D001");
        assertThat(wang).containsEntry("level", "MUNICIPAL").containsEntry("phone", "13800000001")
                .containsEntry("topics", List.of("养老", "医疗"))
                .containsEntry("biography", "长期关注社区医疗、养老服务。\n2021 年起任市人大代表。");
        assertThat(deputyByName("陈建国", "LX-D002")).containsEntry("level", "COUNTY")
                .containsEntry("title", "\"老字号\"餐馆店主").containsEntry("phone", "0510-80000002");
        assertThat(deputyByName("李娜", "LX-D003")).containsEntry("level", "TOWNSHIP");

        upload("duties", example("duties.csv"), null).then().statusCode(200).body("created", equalTo(5));
        JsonPath stationDuties = duties(id(station));
        assertThat(stationDuties.getString("[0].deputyName")).isEqualTo("王丽");
        assertThat(stationDuties.getMap("[0].rule")).containsEntry("kind", "MONTHLY").containsEntry("weekOrdinal", 3)
                .containsEntry("weekdays", List.of("TUESDAY"));
        assertThat(stationDuties.getString("[0].startsAt")).isEqualTo("09:00");
        JsonPath pointDuties = duties(id(point));
        assertThat(pointDuties.getString("[0].startsAt")).isEqualTo("14:00");
        assertThat(pointDuties.getString("[0].endsAt")).isEqualTo("16:00");
        assertThat(duties(id(venueByName("广丰社区人大代表联系点"))).getList("[0].rule.weekdays")).containsExactly("TUESDAY", "THURSDAY");
        assertThat(duties(id(venueByName("广益街道人大代表联络站"))).getMap("[0].rule")).containsEntry("weekOrdinal", -1);
        assertThat(duties(id(home)).getList("[0].rule.dates")).containsExactly("2026-12-15", "2027-01-19");
    }

    @Test
    @Order(2)
    void importingTheSameFilesAgainChangesNothing() {
        long stationVersion = ((Number) venueByName("崇安寺街道人大代表联络站").get("version")).longValue();
        for (String[] file : new String[][]{{"venues", "venues.csv", "5"}, {"deputies", "deputies.csv", "3"}, {"duties", "duties.csv", "5"}}) {
            upload(file[0], example(file[1]), null).then().statusCode(200)
                    .body("created", equalTo(0)).body("updated", equalTo(0)).body("removed", equalTo(0))
                    .body("unchanged", equalTo(Integer.parseInt(file[2])));
        }
        assertThat(((Number) venueByName("崇安寺街道人大代表联络站").get("version")).longValue()).isEqualTo(stationVersion);
    }

    @Test
    @Order(3)
    void chineseHeadersInGb18030AreDetected() {
        byte[] file = example("venues-zh-gb18030.csv");
        assertThat(file[0]).as("no byte-order mark").isNotEqualTo((byte) 0xEF);
        upload("venues", file, "dryRun=true").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("charset", equalTo("GB18030")).body("created", equalTo(3));
        given().auth().oauth2(Tokens.admin()).queryParam("q", "鑫湖社区").get("/api/admin/venues")
                .then().statusCode(200).body("total", equalTo(0));

        upload("venues", file, null).then().statusCode(200).body("created", equalTo(3));
        Map<String, Object> station = venueByName("蠡园街道人大代表联络站");
        assertThat(station).containsEntry("externalCode", "BH-S01").containsEntry("address", "无锡市滨湖区蠡湖大道 2 号，蠡园社区")
                .containsEntry("parentId", venueByName("滨湖区人大代表之家").get("id"));
        assertThat(venueByName("鑫湖社区人大代表联系点（鑫湖家园）")).containsEntry("parentId", station.get("id"));
    }

    @Test
    @Order(4)
    void anEditedFileUpdatesWhatChangedAndActiveFalseEndsADuty() {
        String edited = new String(example("duties.csv"), StandardCharsets.UTF_8)
                .replace("LX-P02,LX-D002,每周二、四,,,,,14:00,17:00,", "LX-P02,LX-D002,每周二、四,,,,,14:00,17:00,false")
                .replace("LX-S01,LX-D001,每月第三个星期二,,,,,09:00,11:30,true", "LX-S01,LX-D001,每月第二个星期二,,,,,09:00,11:30,true");
        upload("duties", edited.getBytes(StandardCharsets.UTF_8), null).then().log().ifValidationFails().statusCode(200)
                .body("updated", equalTo(1)).body("removed", equalTo(1)).body("unchanged", equalTo(3));
        assertThat(duties(id(venueByName("崇安寺街道人大代表联络站"))).getInt("[0].rule.weekOrdinal")).isEqualTo(2);
        assertThat(duties(id(venueByName("广丰社区人大代表联系点"))).getList("")).isEmpty();
    }

    @Test
    @Order(5)
    void anExportImportsBackUnchanged() {
        byte[] venues = given().auth().oauth2(Tokens.admin()).get("/api/admin/exports/venues").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asByteArray();
        String text = new String(venues, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFFcode,kind,parent_code,name,region,address,latitude,longitude,opening_hours,active\r\n")
                .contains("LX-P01,POINT,LX-S01,\"健康社区 \"\"连心\"\" 联系点\"");
        upload("venues", venues, null).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0));
        byte[] duties = given().auth().oauth2(Tokens.admin()).queryParam("header", "zh").get("/api/admin/exports/duties")
                .then().statusCode(200).extract().asByteArray();
        assertThat(new String(duties, StandardCharsets.UTF_8)).startsWith("\uFEFF场所编码,代表编码,接待日")
                .contains("LX-S01,LX-D001,每月第二个星期二,MONTHLY,2,TUESDAY,,09:00,11:30,true");
        upload("duties", duties, null).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0));
        byte[] deputies = given().auth().oauth2(Tokens.admin()).get("/api/admin/exports/deputies").then().statusCode(200)
                .extract().asByteArray();
        upload("deputies", deputies, null).then().statusCode(200).body("created", equalTo(0)).body("updated", equalTo(0));
    }

    @Test
    void everyBadRowIsAnsweredAndNothingChanges() {
        String csv = "编码,类型,上级编码,名称,区域,地址,纬度\r\n"
                + "T3-H1,HOME,,三错之家,测试区,\"测试路\r\n1 号\",\r\n"
                + "T3-S1,STATOIN,T3-H1,三错联络站,测试区,测试路 2 号,\r\n"
                + "T3-S2,STATION,NO-SUCH,三错联络站二,测试区,测试路 3 号,\r\n"
                + "T3-P1,POINT,T3-H1,三错联系点,测试区,,91\r\n";
        JsonPath problem = upload("venues", csv.getBytes(StandardCharsets.UTF_8), null).then().statusCode(400)
                .contentType(startsWith("application/problem+json")).extract().jsonPath();
        List<Map<String, Object>> errors = problem.getList("context.rowErrors");
        assertThat(errors).extracting(error -> error.get("row")).containsOnly(3, 4, 5);
        assertThat(errors).anySatisfy(error -> assertThat(error).containsEntry("row", 3).containsEntry("column", "kind")
                .containsEntry("value", "STATOIN").containsKey("reasonZh"));
        assertThat(errors).anySatisfy(error -> assertThat(error).containsEntry("row", 4).containsEntry("column", "parent_code")
                .containsEntry("value", "NO-SUCH"));
        assertThat(errors).anySatisfy(error -> assertThat(error).containsEntry("row", 5).containsEntry("column", "address"));
        assertThat(errors).anySatisfy(error -> assertThat(error).containsEntry("row", 5).containsEntry("column", "latitude")
                .containsEntry("value", "91"));
        assertThat(problem.getString("detail")).startsWith("3 rows have errors");
        given().auth().oauth2(Tokens.admin()).queryParam("q", "三错").get("/api/admin/venues")
                .then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void aFileThatIsNotTheRightSheetIsRefusedAtItsHeader() {
        JsonPath problem = upload("deputies", "code,name,colour\nX1,某,红\n".getBytes(StandardCharsets.UTF_8), null)
                .then().statusCode(400).extract().jsonPath();
        assertThat(problem.getList("context.rowErrors.row")).containsOnly(1);
        assertThat(problem.getList("context.rowErrors.value")).contains("colour");
        assertThat(problem.getList("context.rowErrors.column")).contains("level");
        upload("parties", "a\n".getBytes(StandardCharsets.UTF_8), null).then().statusCode(404);
        upload("venues", "a\n".getBytes(StandardCharsets.UTF_8), "charset=klingon").then().statusCode(400)
                .body("errors[0].field", equalTo("charset"));
    }

    @Test
    void onlyAdministratorsImportAndExport() {
        SecurityMatrix.assertRequires("admin", List.of(Call.post("/api/admin/imports/venues", "code\n".getBytes(StandardCharsets.UTF_8)),
                Call.get("/api/admin/exports/venues"), Call.get("/api/admin/exports/duties")));
    }

    static JsonPath duties(long venueId) {
        return given().auth().oauth2(Tokens.admin()).get("/api/admin/venues/" + venueId + "/duties")
                .then().statusCode(200).extract().jsonPath();
    }
}
