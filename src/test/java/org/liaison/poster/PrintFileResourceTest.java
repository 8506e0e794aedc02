package org.liaison.poster;

import io.quarkus.test.junit.QuarkusTest;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.liaison.deputy.DeputyFixtures;
import org.liaison.qr.QrTestAccess;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;
import org.liaison.support.Tokens;
import org.liaison.venue.VenueFixtures;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

/** The print file read back as a printer and a phone would: pages rendered, QR codes decoded, text extracted. */
@QuarkusTest
class PrintFileResourceTest {

    @Test
    void aDistrictsPostersComeInOneFileEachPageScanningToItsVenue() throws IOException {
        String region = VenueFixtures.unique("印刷区");
        long home = VenueFixtures.create(VenueFixtures.body("HOME", null, VenueFixtures.unique("印刷之家"), region));
        long station = VenueFixtures.create(VenueFixtures.body("STATION", home, VenueFixtures.unique("印刷联络站"), region));
        long point = VenueFixtures.create(VenueFixtures.body("POINT", station, VenueFixtures.unique("印刷联系点"), region));
        long other = VenueFixtures.create(VenueFixtures.body("HOME", null, VenueFixtures.unique("别处之家"), region + "外"));
        List<Long> expected = List.of(home, station, point);
        String deputyName = VenueFixtures.unique("接待代表");
        long deputy = DeputyFixtures.create(DeputyFixtures.body(deputyName));
        VenueFixtures.admin().body(Map.of("deputyId", deputy, "rule", Map.of("kind", "MONTHLY", "weekOrdinal", 3,
                "weekdays", List.of("TUESDAY")), "startsAt", "09:00", "endsAt", "11:30"))
                .post("/api/admin/venues/" + station + "/duties").then().statusCode(201);

        byte[] pdf = given().auth().oauth2(Tokens.admin())
                .queryParam("venue", home).queryParam("includeSubVenues", true)
                .get("/api/admin/posters").then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();

        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            PDFRenderer renderer = new PDFRenderer(document);
            PDFTextStripper text = new PDFTextStripper();
            for (int i = 0; i < expected.size(); i++) {
                PDPage page = document.getPage(i);
                assertThat(page.getMediaBox().getWidth()).isCloseTo(595.28f, org.assertj.core.data.Offset.offset(0.5f));
                for (org.apache.pdfbox.cos.COSName name : page.getResources().getFontNames()) {
                    PDFont font = page.getResources().getFont(name);
                    assertThat(font.isEmbedded()).as(font.getName() + " embedded").isTrue();
                }
                Map<String, Object> venue = VenueFixtures.read(expected.get(i));
                String url = given().auth().oauth2(Tokens.admin()).get("/api/admin/venues/" + expected.get(i) + "/qr/code")
                        .then().statusCode(200).extract().path("url");
                assertThat(QrTestAccess.decode(renderer.renderImageWithDPI(i, 100, ImageType.GRAY))).isEqualTo(url);
                text.setStartPage(i + 1);
                text.setEndPage(i + 1);
                String pageText = text.getText(document);
                assertThat(pageText.replaceAll("\\s+", "")).contains(((String) venue.get("name")).replaceAll("\\s+", ""));
                assertThat(pageText).contains("扫码联系代表").contains("Scan to contact a deputy");
            }
        }

        byte[] byRegion = given().auth().oauth2(Tokens.admin()).queryParam("region", region).queryParam("coverPages", true)
                .get("/api/admin/posters").then().statusCode(200).extract().asByteArray();
        try (PDDocument document = Loader.loadPDF(byRegion)) {
            // for a person to look at: the scan sheet and the poster as a printer renders them
            java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
            java.nio.file.Files.write(java.nio.file.Path.of("target", "screenshots", "posters.pdf"), byRegion);
            for (int page = 0; page < 2; page++) {
                javax.imageio.ImageIO.write(new PDFRenderer(document).renderImageWithDPI(page, 60), "png",
                        java.nio.file.Path.of("target", "screenshots", "print-file-page-" + (page + 1) + ".png").toFile());
            }
            assertThat(document.getNumberOfPages()).as("a scan sheet and a poster per venue, not the other region's").isEqualTo(6);
            String sheet = new PDFTextStripper().getText(document);
            assertThat(sheet).contains("Deputies receiving residents here").doesNotContain("别处之家");
            text(document, 3).contains(deputyName.substring(0, 8)).contains("每月第三个星期二 09:00–11:30")
                    .contains("Third Tuesday of every month 09:00–11:30");
        }
        assertThat(other).isPositive();
    }

    @Test
    void aSelectionIsRequiredAndUnknownVenuesAreNotFound() {
        given().auth().oauth2(Tokens.admin()).get("/api/admin/posters").then().statusCode(400)
                .contentType(startsWith("application/problem+json"));
        given().auth().oauth2(Tokens.admin()).queryParam("venue", 987654321).get("/api/admin/posters").then().statusCode(404);
    }

    @Test
    void onlyAdministratorsPrint() {
        SecurityMatrix.assertRequires("admin", List.of(Call.get("/api/admin/posters?venue=1")));
    }

    /** The text layer of one page (1-based), for assertions. */
    private static org.assertj.core.api.AbstractStringAssert<?> text(PDDocument document, int page) throws IOException {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        return assertThat(stripper.getText(document));
    }
}
