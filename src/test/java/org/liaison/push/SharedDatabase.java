package org.liaison.push;

import io.restassured.http.ContentType;
import org.liaison.deputy.DeputyFixtures;
import org.liaison.venue.VenueFixtures;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Fixtures on the database two packaged instances share. Venues, deputies and accounts go through an instance's
 * API; cases and their events are written with SQL because the case endpoints are built elsewhere:
 * {@link #appendEvent} does what CaseWorkflow does in its transaction (append the event, NOTIFY its id), so the
 * listeners cannot tell the difference.
 */
public final class SharedDatabase {

    private SharedDatabase() {
    }

    public static String login(int port, String username, String password) {
        return given().port(port).contentType(ContentType.JSON).body(Map.of("username", username, "password", password))
                .post("/api/auth/token").then().statusCode(200).extract().path("access_token");
    }

    public static long venue(int port, String adminToken) {
        return given().port(port).auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(VenueFixtures.body("HOME", null, VenueFixtures.unique("联络站"), "梁溪区"))
                .post("/api/admin/venues").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    /** A deputy and a login for it; returns the deputy id. */
    public static long deputyWithAccount(int port, String adminToken, String username, String password) {
        long deputyId = given().port(port).auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(DeputyFixtures.body("代表 " + UUID.randomUUID())).post("/api/admin/deputies")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        given().port(port).auth().oauth2(adminToken).contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", password, "role", "deputy", "deputyId", deputyId))
                .post("/api/admin/accounts").then().statusCode(201);
        return deputyId;
    }

    public static long category(Connection db) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into category (code, name_zh, name_en, accept_hours, "
                + "resolve_hours) values (?, '环境卫生', 'Environment', 24, 240) returning id")) {
            insert.setString(1, "ENV_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase());
            return single(insert);
        }
    }

    /** An accepted case held by the deputy. */
    public static long acceptedCase(Connection db, long venueId, long categoryId, long deputyId, String trackingCode,
                             String secretHash) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into resident_case (tracking_code, secret_hash, "
                + "venue_id, category_id, status, text, anonymous, contact_consent, assigned_deputy_id, submitted_at) "
                + "values (?, ?, ?, ?, 'ACCEPTED', '路灯坏了', false, false, ?, now()) returning id")) {
            insert.setString(1, trackingCode);
            insert.setString(2, secretHash);
            insert.setLong(3, venueId);
            insert.setLong(4, categoryId);
            insert.setLong(5, deputyId);
            return single(insert);
        }
    }

    /** Appends a public message event to the case and notifies, in one transaction; commits or rolls back. */
    public static long appendEvent(Connection db, long caseId, long deputyId, String note, boolean commit) throws SQLException {
        boolean autoCommit = db.getAutoCommit();
        db.setAutoCommit(false);
        try (PreparedStatement insert = db.prepareStatement("insert into case_event (case_id, type, from_status, "
                + "to_status, actor_role, note, public, note_public, deputy_id, created_at) values (?, 'ADD_MESSAGE', "
                + "'ACCEPTED', 'ACCEPTED', 'RESIDENT', ?, true, true, ?, now()) returning id");
             PreparedStatement notify = db.prepareStatement("select pg_notify('case_events', ?)")) {
            insert.setLong(1, caseId);
            insert.setString(2, note);
            insert.setLong(3, deputyId);
            long id = single(insert);
            notify.setString(1, String.valueOf(id));
            notify.execute();
            if (commit) {
                db.commit();
            } else {
                db.rollback();
            }
            return id;
        } finally {
            db.setAutoCommit(autoCommit);
        }
    }

    private static long single(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
    }
}
