package org.liaison.duty;

import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.liaison.support.Tokens;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Request bodies for duties, and deputies written straight to the table: this branch has no deputy
 * administration API, and tests must not rely on the demo deputies keeping their state.
 */
final class DutyFixtures {

    private DutyFixtures() {
    }

    static RequestSpecification admin() {
        return given().auth().oauth2(Tokens.admin()).contentType(ContentType.JSON);
    }

    static String duties(long venueId) {
        return "/api/admin/venues/" + venueId + "/duties";
    }

    static Map<String, Object> rule(String kind, Integer weekOrdinal, List<String> weekdays, List<String> dates) {
        Map<String, Object> rule = new HashMap<>();
        rule.put("kind", kind);
        rule.put("weekOrdinal", weekOrdinal);
        rule.put("weekdays", weekdays);
        rule.put("dates", dates);
        return rule;
    }

    static Map<String, Object> duty(long deputyId, Map<String, Object> rule, String startsAt, String endsAt) {
        Map<String, Object> duty = new HashMap<>();
        duty.put("deputyId", deputyId);
        duty.put("rule", rule);
        duty.put("startsAt", startsAt);
        duty.put("endsAt", endsAt);
        return duty;
    }

    /** The Wuxi rule: the third Tuesday of every month, 09:00 to 11:30. */
    static Map<String, Object> thirdTuesday(long deputyId) {
        return duty(deputyId, rule("MONTHLY", 3, List.of("TUESDAY"), null), "09:00", "11:30");
    }

    static long insertDeputy(DataSource dataSource, String namePrefix, boolean active) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(
                     "insert into deputy (name, level, active) values (?, 'COUNTY', ?) returning id")) {
            insert.setString(1, namePrefix + " " + UUID.randomUUID().toString().substring(0, 8));
            insert.setBoolean(2, active);
            try (ResultSet keys = insert.executeQuery()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static void deactivateDeputy(DataSource dataSource, long deputyId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement update = connection.prepareStatement("update deputy set active = false where id = ?")) {
            update.setLong(1, deputyId);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
