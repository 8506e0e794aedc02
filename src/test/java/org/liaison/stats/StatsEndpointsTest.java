package org.liaison.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures;
import org.liaison.caseflow.lifecycle.Rating;
import org.liaison.qr.OwnerKind;
import org.liaison.qr.PublicCodeService;
import org.liaison.support.MutableClock;
import org.liaison.support.SecurityMatrix;
import org.liaison.venue.VenueFixtures;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/** Supervision, urging, the deputy's and the venue's records, and the CSV exports, on cases of August 2027. */
@QuarkusTest
class StatsEndpointsTest {

    /** A venue name a spreadsheet must not split: Chinese text with a comma, quotes and a newline. */
    private static final String AWKWARD_NAME = "梁溪区\"幸福里\"代表之家，二楼, 东侧\n(新址)";

    @Inject
    CaseFixtures fixtures;

    @Inject
    StatsCases cases;

    @Inject
    MutableClock clock;

    @Inject
    PublicCodeService codes;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    record Seeded(String region, long venue, long deputy, long overdue, long satisfied) {
    }

    private Seeded seed() {
        String region = VenueFixtures.unique("督办区");
        long d = fixtures.newDeputy();
        long venue = fixtures.venueServedBy(d);
        fixtures.update("update venue set region = ?, name = ? where id = ?", region, AWKWARD_NAME, venue);
        cases.at("2027-08-02T09:00:00");
        long overdue = fixtures.submit(venue);
        long satisfied = fixtures.submit(venue);
        cases.at("2027-08-02T10:00:00");
        deputy(d).post("/api/deputy/cases/{id}/accept", overdue).then().statusCode(200);
        deputy(d).post("/api/deputy/cases/{id}/accept", satisfied).then().statusCode(200);
        deputy(d).body(Map.of("reply", "已处理")).post("/api/deputy/cases/{id}/respond", satisfied).then().statusCode(200);
        cases.rate(satisfied, Rating.SATISFIED);
        cases.at("2027-08-13T09:30:00");
        cases.sweep();
        return new Seeded(region, venue, d, overdue, satisfied);
    }

    @Test
    void supervisionAndUrgingReachTheHolderAndTheListShowsWhoHoldsWhatForHowLong() {
        Seeded s = seed();
        admin().body(Map.of("note", "请三日内办结")).post("/api/admin/cases/{id}/supervise", s.overdue())
                .then().statusCode(200).body("status", equalTo("ACCEPTED"));
        admin().body(Map.of("note", "群众再次来电")).post("/api/admin/cases/{id}/urge", s.overdue()).then().statusCode(200);
        admin().body(Map.of("note", "")).post("/api/admin/cases/{id}/urge", s.overdue()).then().statusCode(400);
        admin().body(Map.of("note", "已办结还督办")).post("/api/admin/cases/{id}/supervise", s.satisfied()).then().statusCode(409);
        admin().body(Map.of("note", "无此件")).post("/api/admin/cases/{id}/supervise", 999_999_999L).then().statusCode(404);
        deputy(s.deputy()).body(Map.of("note", "自己督办自己")).post("/api/admin/cases/{id}/supervise", s.overdue()).then().statusCode(403);

        // the holder's stream follows case_event.deputy_id; the resident sees neither event nor note
        Map<String, Object> event = fixtures.row("select deputy_id, public, note_public, note from case_event"
                + " where case_id = ? and type = 'URGE'", s.overdue());
        assertThat(event).containsEntry("deputy_id", s.deputy()).containsEntry("public", false)
                .containsEntry("note_public", false).containsEntry("note", "群众再次来电");
        List<String> holderTimeline = deputy(s.deputy()).get("/api/deputy/cases/{id}", s.overdue()).then().statusCode(200)
                .extract().jsonPath().getList("timeline.type");
        assertThat(holderTimeline).contains("SUPERVISE", "URGE");

        var page = admin().queryParam("region", s.region()).get("/api/admin/supervision").then().statusCode(200)
                .extract().jsonPath();
        assertThat(page.getInt("total")).isEqualTo(1);
        assertThat(page.getLong("items[0].id")).isEqualTo(s.overdue());
        assertThat(page.getBoolean("items[0].overdue")).isTrue();
        assertThat(page.getString("items[0].holder.kind")).isEqualTo("DEPUTY");
        assertThat(page.getLong("items[0].holder.id")).isEqualTo(s.deputy());
        assertThat(page.getInt("items[0].supervisionNotes")).isEqualTo(1);
        assertThat(page.getInt("items[0].urges")).isEqualTo(1);
        // held since routing on 08-02 09:00, now 08-13 09:30: 264.5 h
        assertThat(page.getDouble("items[0].heldForHours")).isBetween(264.4, 264.6);

        JsonFigures stats = new JsonFigures(StatsFiguresTest.stats("region", s.region(), "from", "2027-08-01", "to", "2027-08-31"));
        assertThat(stats.total("supervised")).isEqualTo(1);
        assertThat(stats.total("urged")).isEqualTo(1);
    }

    @Test
    void aDeputyReadsOnlyItsOwnRecordAndResidentsSeeTheVenuesAggregates() {
        Seeded s = seed();
        var mine = deputy(s.deputy()).get("/api/deputy/summary").then().statusCode(200).extract().jsonPath();
        assertThat(mine.getLong("deputyId")).isEqualTo(s.deputy());
        assertThat(mine.getInt("figures.received")).isEqualTo(2);
        assertThat(mine.getInt("figures.accepted")).isEqualTo(2);
        assertThat(mine.getInt("figures.wentOverdue")).isEqualTo(1);
        assertThat(mine.getFloat("figures.ratings.satisfactionRate")).isEqualTo(1.0f);
        assertThat(mine.getString("from")).isEqualTo("2026-09-01");
        assertThat(deputy(fixtures.newDeputy()).get("/api/deputy/summary").then().statusCode(200)
                .extract().jsonPath().getInt("figures.received")).isZero();
        SecurityMatrix.assertRequires("deputy", List.of(SecurityMatrix.Call.get("/api/deputy/summary")));

        String code = liveCode(s.venue());
        given().get("/api/public/venues/{code}/summary", code).then().statusCode(200)
                .body("received", equalTo(2)).body("solved", equalTo(1)).body("rated", equalTo(1))
                .body("satisfactionRate", equalTo(1.0f)).body("$", org.hamcrest.Matchers.not(
                        org.hamcrest.Matchers.hasKey("trackingCode")));
        given().get("/api/public/venues/{code}/summary", "ZZZZZZZZ").then().statusCode(404);
    }

    @Test
    void bothExportsAreSpreadsheetReadyCsvWithoutPersonalData() throws IOException {
        Seeded s = seed();
        Response stats = admin().queryParam("format", "csv").queryParam("groupBy", "venue").queryParam("region", s.region())
                .queryParam("from", "2027-08-01").queryParam("to", "2027-08-31").get("/api/admin/stats/export");
        stats.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("statistics.csv"));
        byte[] bytes = stats.asByteArray();
        assertThat(bytes).startsWith((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        List<CSVRecord> records = parse(bytes);
        assertThat(records.get(0).get(0)).isEqualTo("venue");
        assertThat(records.get(0).get(1)).isEqualTo("venue_label");
        assertThat(records.get(0).get(2)).isEqualTo("received");
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get(0)).isEqualTo(String.valueOf(s.venue()));
        assertThat(records.get(1).get(1)).isEqualTo(AWKWARD_NAME);
        assertThat(records.get(1).get(2)).isEqualTo("2");
        assertThat(records.get(2).get(0)).isEqualTo("total");
        assertThat(records.get(1).size()).isEqualTo(records.get(0).size());

        admin().queryParam("format", "xlsx").get("/api/admin/stats/export").then().statusCode(400);

        Response list = admin().queryParam("format", "csv").queryParam("region", s.region())
                .queryParam("from", "2027-08-01").queryParam("to", "2027-08-31").get("/api/admin/cases/export");
        list.then().statusCode(200).contentType(org.hamcrest.Matchers.startsWith("text/csv"));
        byte[] caseBytes = list.asByteArray();
        String text = new String(caseBytes, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF").doesNotContain(CaseFixtures.NAME).doesNotContain(CaseFixtures.PHONE)
                .doesNotContain("垃圾堆放");
        List<CSVRecord> caseRecords = parse(caseBytes);
        assertThat(caseRecords.get(0).toList()).containsExactlyElementsOf(CaseExportRepository.COLUMNS);
        assertThat(caseRecords).hasSize(3);
        int venue = CaseExportRepository.COLUMNS.indexOf("venue");
        int status = CaseExportRepository.COLUMNS.indexOf("status");
        assertThat(caseRecords.get(1).get(venue)).isEqualTo(AWKWARD_NAME);
        assertThat(caseRecords.stream().skip(1).map(r -> r.get(status)).toList()).containsExactlyInAnyOrder("ACCEPTED", "CLOSED");
    }

    /** The records after the byte order mark, the header line first. */
    private static List<CSVRecord> parse(byte[] bytes) throws IOException {
        String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
        return CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
    }

    private String liveCode(long venueId) {
        try {
            return VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() ->
                    codes.liveCode(OwnerKind.VENUE, venueId)).map(code -> code.code));
        } catch (Throwable e) {
            throw new IllegalStateException(e);
        }
    }

    /** A statistics answer's total, by figure name. */
    record JsonFigures(io.restassured.path.json.JsonPath json) {
        int total(String figure) {
            return json.getInt("total." + figure);
        }
    }
}
