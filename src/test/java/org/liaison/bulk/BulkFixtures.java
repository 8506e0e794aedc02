package org.liaison.bulk;

import io.restassured.response.Response;
import org.liaison.support.Tokens;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;

/** Spreadsheets sent as a clerk's browser sends them, and lookups by the administration's codes. */
final class BulkFixtures {

    static final Path EXAMPLES = Path.of("docs", "examples");

    private BulkFixtures() {
    }

    static byte[] example(String name) {
        try {
            return Files.readAllBytes(EXAMPLES.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Response upload(String kind, byte[] csv, String query) {
        return given().auth().oauth2(Tokens.admin()).contentType("application/octet-stream").body(csv)
                .post("/api/admin/imports/" + kind + (query == null ? "" : "?" + query));
    }

    /** The venue with this name (the demo data has venues of the same names) that carries a code. */
    static Map<String, Object> venueByName(String name) {
        List<Map<String, Object>> found = given().auth().oauth2(Tokens.admin()).queryParam("q", name).queryParam("size", 100)
                .get("/api/admin/venues").then().statusCode(200).extract().jsonPath().getList("items");
        return single(found.stream().filter(venue -> venue.get("externalCode") != null).toList(), name);
    }

    static Map<String, Object> deputyByName(String name, String code) {
        List<Map<String, Object>> found = given().auth().oauth2(Tokens.admin()).queryParam("q", name).queryParam("size", 100)
                .get("/api/admin/deputies").then().statusCode(200).extract().jsonPath().getList("items");
        return single(found.stream().filter(deputy -> code.equals(deputy.get("externalCode"))).toList(), code);
    }

    private static Map<String, Object> single(List<Map<String, Object>> found, String what) {
        if (found.size() != 1) {
            throw new AssertionError("expected one match for " + what + ", got " + found);
        }
        return found.get(0);
    }

    static long id(Map<String, Object> view) {
        return ((Number) view.get("id")).longValue();
    }
}
