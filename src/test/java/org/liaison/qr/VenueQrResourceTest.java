package org.liaison.qr;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.liaison.auth.Role;
import org.liaison.common.ReadableCode;
import org.liaison.common.problem.ProblemException;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;
import org.liaison.support.Tokens;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.qr.QrFixtures.await;

@QuarkusTest
class VenueQrResourceTest {

    @Inject
    QrFixtures fixtures;
    @Inject
    PublicCodeService publicCodes;
    @Inject
    QrImageService images;

    private long freshVenue() {
        return fixtures.venue("二维码测试联系点 " + UUID.randomUUID(), "周三 14:00-16:00");
    }

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin());
    }

    @ParameterizedTest
    @ValueSource(ints = {128, 512, 2048})
    void pngDecodesToTheVenueAddressAndTheCodeResolves(int size) {
        long venue = freshVenue();
        Response response = admin().queryParam("format", "png").queryParam("size", size)
                .get("/api/admin/venues/{id}/qr", venue)
                .then().statusCode(200).contentType("image/png")
                .header("Cache-Control", "private, max-age=86400")
                .extract().response();
        assertThat(response.header("ETag")).startsWith("\"").endsWith("\"");
        BufferedImage image = QrDecoding.png(response.asByteArray());
        assertThat(image.getWidth()).isEqualTo(size);
        String url = QrDecoding.decode(image).text();
        String code = url.substring(url.lastIndexOf('/') + 1);
        assertThat(url).isEqualTo("http://localhost:8080/v/" + code);
        assertThat(await(() -> publicCodes.resolve(OwnerKind.VENUE, code)).ownerId).isEqualTo(venue);
    }

    @Test
    void defaultIsA512PngAndSvgDecodesToo() {
        long venue = freshVenue();
        byte[] png = admin().get("/api/admin/venues/{id}/qr", venue).then().statusCode(200).contentType("image/png")
                .extract().asByteArray();
        assertThat(QrDecoding.png(png).getWidth()).isEqualTo(512);
        String svg = new String(admin().queryParam("format", "svg").queryParam("size", 300)
                .get("/api/admin/venues/{id}/qr", venue)
                .then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(svg).contains("width=\"300\" height=\"300\"").contains("shape-rendering=\"crispEdges\"");
        assertThat(QrDecoding.decodeSvg(svg).text()).isEqualTo(QrDecoding.decodePng(png).text());
    }

    @Test
    void codeEndpointShowsTheLiveCodeAndRotationReplacesIt() {
        long venue = freshVenue();
        Response first = admin().get("/api/admin/venues/{id}/qr/code", venue)
                .then().statusCode(200).body("revision", equalTo(1)).extract().response();
        String code = first.path("code");
        assertThat(first.<String>path("groupedCode")).isEqualTo(code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.charAt(8));
        assertThat(first.<String>path("url")).isEqualTo("http://localhost:8080/v/" + code);
        assertThat(first.<String>path("issuedAt")).isNotBlank();
        String oldPng = QrDecoding.decodePng(admin().get("/api/admin/venues/{id}/qr", venue).asByteArray()).text();
        assertThat(oldPng).endsWith("/v/" + code);

        Response rotated = admin().post("/api/admin/venues/{id}/qr/rotate", venue)
                .then().statusCode(200).body("revision", equalTo(2)).extract().response();
        String newCode = rotated.path("code");
        assertThat(newCode).isNotEqualTo(code);
        admin().get("/api/admin/venues/{id}/qr/code", venue).then().statusCode(200)
                .body("code", equalTo(newCode)).body("revision", equalTo(2));

        String newUrl = QrDecoding.decodePng(admin().get("/api/admin/venues/{id}/qr", venue).asByteArray()).text();
        assertThat(newUrl).isEqualTo("http://localhost:8080/v/" + newCode);
        assertThat(await(() -> publicCodes.resolve(OwnerKind.VENUE, newCode)).revision).isEqualTo(2);
        ProblemException gone = catchThrowableOfType(ProblemException.class,
                () -> await(() -> publicCodes.resolve(OwnerKind.VENUE, code)));
        assertThat(gone.status()).isEqualTo(410);
    }

    @Test
    void etagRevalidationAnswers304WithoutRendering() {
        long venue = freshVenue();
        PublicCode code = await(() -> publicCodes.liveCode(OwnerKind.VENUE, venue));
        String etag = "\"" + images.etag(code, new QrImageRequest(QrFormat.PNG, 640)) + "\"";
        long rendersBefore = images.renders();
        admin().header("If-None-Match", etag).queryParam("size", 640).get("/api/admin/venues/{id}/qr", venue)
                .then().statusCode(304).header("ETag", etag).header("Cache-Control", "private, max-age=86400");
        assertThat(images.renders()).isEqualTo(rendersBefore);

        String served = admin().queryParam("size", 640).get("/api/admin/venues/{id}/qr", venue)
                .then().statusCode(200).extract().header("ETag");
        assertThat(served).isEqualTo(etag);
        admin().header("If-None-Match", "\"something-else\", " + etag).queryParam("size", 640)
                .get("/api/admin/venues/{id}/qr", venue).then().statusCode(304);
        admin().header("If-None-Match", etag).queryParam("size", 641).get("/api/admin/venues/{id}/qr", venue)
                .then().statusCode(200);
        admin().header("If-None-Match", etag).queryParam("size", 640).queryParam("format", "svg")
                .get("/api/admin/venues/{id}/qr", venue).then().statusCode(200);

        admin().post("/api/admin/venues/{id}/qr/rotate", venue).then().statusCode(200);
        String afterRotation = admin().header("If-None-Match", etag).queryParam("size", 640)
                .get("/api/admin/venues/{id}/qr", venue).then().statusCode(200).extract().header("ETag");
        assertThat(afterRotation).isNotEqualTo(etag);
    }

    @Test
    void eachSizeRendersOncePerRevision() {
        long venue = freshVenue();
        admin().queryParam("size", 700).get("/api/admin/venues/{id}/qr", venue).then().statusCode(200);
        long afterFirst = images.renders();
        for (int i = 0; i < 3; i++) {
            admin().queryParam("size", 700).get("/api/admin/venues/{id}/qr", venue).then().statusCode(200);
        }
        assertThat(images.renders()).isEqualTo(afterFirst);
    }

    @ParameterizedTest
    @CsvSource({"png, 127, size", "png, 2049, size", "png, big, size", "gif, 512, format", "jpeg, 512, format"})
    void badParametersAreFieldErrors(String format, String size, String field) {
        long venue = freshVenue();
        admin().queryParam("format", format).queryParam("size", size).get("/api/admin/venues/{id}/qr", venue)
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("errors.field", hasItem(field));
    }

    @Test
    void unknownVenueIs404Everywhere() {
        for (String path : List.of("/api/admin/venues/987654321/qr", "/api/admin/venues/987654321/qr/code",
                "/api/admin/venues/987654321/poster", "/api/admin/venues/not-a-number/qr")) {
            admin().get(path).then().statusCode(404).contentType(startsWith("application/problem+json"));
        }
        admin().post("/api/admin/venues/987654321/qr/rotate").then().statusCode(404)
                .body("detail", equalTo("Venue 987654321 was not found."));
        assertThat(fixtures.codeRows(OwnerKind.VENUE, 987654321L)).containsExactly(0, 0);
    }

    @Test
    void posterShowsTheEscapedNameAndAScannableCode() {
        String name = "<&> 测试社区 \"联系点\" " + UUID.randomUUID();
        long venue = fixtures.venue(name, "每月第三个星期二 9:00-11:30 & 周三");
        String svg = new String(admin().get("/api/admin/venues/{id}/poster", venue)
                .then().statusCode(200).contentType(startsWith("image/svg+xml"))
                .header("Content-Disposition", "inline; filename=\"venue-" + venue + "-poster.svg\"")
                .extract().asByteArray(), StandardCharsets.UTF_8);
        String code = admin().get("/api/admin/venues/{id}/qr/code", venue).path("code");
        assertThat(svg).contains("&lt;&amp;&gt; 测试社区 &quot;联系点&quot;").doesNotContain("<&>")
                .contains("扫码联系代表").contains("Scan to contact a deputy").contains("代表之家")
                .contains(ReadableCode.grouped(code))
                .contains("每月第三个星期二 9:00-11:30 &amp; 周三");
        assertThat(QrDecoding.decodeSvg(svg).text()).isEqualTo("http://localhost:8080/v/" + code);
    }

    @Test
    void everyEndpointRequiresAnAdministrator() {
        long venue = freshVenue();
        SecurityMatrix.assertRequires(Role.ADMIN, List.of(
                Call.get("/api/admin/venues/" + venue + "/qr?format=svg&size=256"),
                Call.get("/api/admin/venues/" + venue + "/qr/code"),
                Call.post("/api/admin/venues/" + venue + "/qr/rotate", null),
                Call.get("/api/admin/venues/" + venue + "/poster")));
        admin().get("/api/admin/venues/{id}/qr/code", venue).then().statusCode(200).body("revision", equalTo(1));
    }
}
