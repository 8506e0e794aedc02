package org.liaison.common.text;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import org.liaison.deputy.DeputyFixtures;
import org.liaison.support.Tokens;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

/** Control characters are refused wherever a string is accepted, as a 400 naming the field; free texts keep newlines. */
@QuarkusTest
class ControlCharactersTest {

    private static void refused(Response response, String field) {
        response.then().statusCode(400).contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem(field));
    }

    @Test
    void aNulInTheLoginUsernameIs400NamingTheField() {
        refused(given().contentType(ContentType.JSON).body(Map.of("username", "ad\u0000min", "password", "x"))
                .post("/api/auth/token"), "username");
    }

    @Test
    void aNulInACategoryCodeIs400() {
        refused(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body(Map.of("code", "A\u0000B", "nameZh", "环境", "nameEn", "Environment", "acceptHours", 24,
                        "resolveHours", 240))
                .post("/api/admin/categories"), "code");
    }

    @Test
    void anEscapeInASingleLineNameIs400EvenWhereOnlySizeIsDeclared() {
        Map<String, Object> body = DeputyFixtures.body("王\u001b[31m丽");
        refused(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/admin/deputies"), "name");
    }

    @Test
    void aNewlineInASingleLineFieldIs400ButAFreeTextKeepsNewlinesAndTabs() {
        Map<String, Object> body = DeputyFixtures.body("王丽\n");
        body.put("name", "王\n丽");
        refused(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/admin/deputies"), "name");

        Map<String, Object> multiline = DeputyFixtures.body("王丽 " + System.nanoTime());
        multiline.put("biography", "第一行\n\t第二行");
        given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(multiline)
                .post("/api/admin/deputies").then().statusCode(201).body("biography", equalTo("第一行\n\t第二行"));

        multiline.put("biography", "第一行\u0000");
        refused(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(multiline)
                .post("/api/admin/deputies"), "biography");
    }

    @Test
    void aControlCharacterInsideAListIsNamedWithItsIndex() {
        Map<String, Object> body = DeputyFixtures.body("王丽 " + System.nanoTime());
        body.put("topics", java.util.List.of("HOUSING", "养\u0007老"));
        refused(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON).body(body)
                .post("/api/admin/deputies"), "topics[1]");
    }

    @Test
    void aLoneSurrogateIsRefusedLikeAControlCharacter() {
        refused(given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON)
                .body("{\"code\":\"X\\ud800Y\",\"nameZh\":\"环境\",\"nameEn\":\"E\",\"acceptHours\":24,\"resolveHours\":240}")
                .post("/api/admin/categories"), "code");
    }

    @Test
    void aNulInAQueryParameterIs400NamingTheParameter() {
        refused(given().auth().oauth2(Tokens.admin()).urlEncodingEnabled(false)
                .get("/api/admin/venues?q=a%00b"), "q");
    }

    @Test
    void aNulInAPathParameterIs400() {
        refused(given().urlEncodingEnabled(false).get("/api/public/venues/AB%00CD"), "path");
    }

    @Test
    void aPageSoLargeThatPageTimesSizeOverflowsIs400OnEveryList() {
        for (String list : new String[]{"/api/admin/venues", "/api/admin/deputies", "/api/admin/departments",
                "/api/admin/categories", "/api/admin/accounts", "/api/admin/cases"}) {
            refused(given().auth().oauth2(Tokens.admin()).queryParam("page", Integer.MAX_VALUE).queryParam("size", 200)
                    .get(list), "page");
        }
        given().auth().oauth2(Tokens.admin()).queryParam("page", 10_000_000).queryParam("size", 200)
                .get("/api/admin/venues").then().statusCode(200);
    }
}
