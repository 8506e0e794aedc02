package org.liaison.qr;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.auth.Role;
import org.liaison.common.problem.ProblemException;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;
import org.liaison.support.Tokens;

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
class DeputyQrResourceTest {

    @Inject
    QrFixtures fixtures;
    @Inject
    PublicCodeService publicCodes;

    private static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin());
    }

    @Test
    void personalCodeDecodesToTheDeputyAddressAndRotates() {
        long deputy = fixtures.deputy("二维码代表 " + UUID.randomUUID());
        String code = admin().get("/api/admin/deputies/{id}/qr/code", deputy)
                .then().statusCode(200).body("revision", equalTo(1)).extract().path("code");
        String url = "http://localhost:8080/d/" + code;
        admin().get("/api/admin/deputies/{id}/qr/code", deputy).then().body("url", equalTo(url));

        byte[] png = admin().queryParam("size", 256).get("/api/admin/deputies/{id}/qr", deputy)
                .then().statusCode(200).contentType("image/png").header("ETag", startsWith("\"")).extract().asByteArray();
        assertThat(QrDecoding.decodePng(png).text()).isEqualTo(url);
        String svg = new String(admin().queryParam("format", "SVG").get("/api/admin/deputies/{id}/qr", deputy)
                .then().statusCode(200).extract().asByteArray(), StandardCharsets.UTF_8);
        assertThat(QrDecoding.decodeSvg(svg).text()).isEqualTo(url);
        assertThat(await(() -> publicCodes.resolve(OwnerKind.DEPUTY, code)).ownerId).isEqualTo(deputy);

        String newCode = admin().post("/api/admin/deputies/{id}/qr/rotate", deputy)
                .then().statusCode(200).body("revision", equalTo(2)).extract().path("code");
        assertThat(QrDecoding.decodePng(admin().get("/api/admin/deputies/{id}/qr", deputy).asByteArray()).text())
                .isEqualTo("http://localhost:8080/d/" + newCode);
        ProblemException gone = catchThrowableOfType(ProblemException.class,
                () -> await(() -> publicCodes.resolve(OwnerKind.DEPUTY, code)));
        assertThat(gone.status()).isEqualTo(410);
    }

    @Test
    void unknownDeputyIs404AndBadParametersAre400() {
        admin().get("/api/admin/deputies/987654321/qr").then().statusCode(404);
        admin().get("/api/admin/deputies/987654321/qr/code").then().statusCode(404)
                .body("detail", equalTo("Deputy 987654321 was not found."));
        admin().post("/api/admin/deputies/987654321/qr/rotate").then().statusCode(404);
        long deputy = fixtures.deputy("参数代表 " + UUID.randomUUID());
        admin().queryParam("format", "gif").get("/api/admin/deputies/{id}/qr", deputy)
                .then().statusCode(400).body("errors.field", hasItem("format"));
        admin().queryParam("size", 4096).get("/api/admin/deputies/{id}/qr", deputy)
                .then().statusCode(400).body("errors.field", hasItem("size"));
    }

    @Test
    void everyEndpointRequiresAnAdministrator() {
        long deputy = fixtures.deputy("安全代表 " + UUID.randomUUID());
        SecurityMatrix.assertRequires(Role.ADMIN, List.of(
                Call.get("/api/admin/deputies/" + deputy + "/qr"),
                Call.get("/api/admin/deputies/" + deputy + "/qr/code"),
                Call.post("/api/admin/deputies/" + deputy + "/qr/rotate", null)));
    }
}
