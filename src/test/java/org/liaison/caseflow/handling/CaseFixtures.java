package org.liaison.caseflow.handling;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.vertx.VertxContextSupport;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.CaseRepository;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.CaseCodes;
import org.liaison.caseflow.lifecycle.CaseSecrets;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.privacy.PersonalDataCipher;
import org.liaison.support.RoutedCases;
import org.liaison.support.Tokens;
import org.liaison.venue.VenueFixtures;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static io.restassured.RestAssured.given;

/**
 * Cases for tests of the work side, made the way a submission makes them (persisted, then CaseWorkflow.submitted
 * routes them), at venues and with deputies and departments of their own, so routing picks a known deputy.
 */
@ApplicationScoped
public class CaseFixtures {

    public static final String NAME = "张三";
    public static final String PHONE = "13800000001";

    private final CaseRepository cases;
    private final CaseWorkflow workflow;
    private final PersonalDataCipher cipher;
    private final DataSource dataSource;
    private final Clock clock;

    CaseFixtures(CaseRepository cases, CaseWorkflow workflow, PersonalDataCipher cipher, DataSource dataSource, Clock clock) {
        this.cases = cases;
        this.workflow = workflow;
        this.cipher = cipher;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** What the resident chose to give. */
    public record Resident(String name, String phone, boolean contactConsent, boolean anonymous) {
        public static Resident ordinary() {
            return new Resident(NAME, PHONE, true, false);
        }
    }

    public static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    public static RequestSpecification deputy(long deputyId) {
        return as(Tokens.deputy(deputyId));
    }

    public static RequestSpecification department(long departmentId) {
        return as(Tokens.department(departmentId));
    }

    public static RequestSpecification admin() {
        return as(Tokens.admin());
    }

    public long newDeputy() {
        return insert("insert into deputy (name, level, active) values (?, 'COUNTY', true) returning id",
                "测试代表" + UUID.randomUUID().toString().substring(0, 6));
    }

    public long newDepartment() {
        String code = "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        return insert("insert into department (code, name_zh) values (?, '测试部门 " + code + "') returning id", code);
    }

    /** A new HOME venue served by these deputies (duties on the third Tuesday of each month). */
    public long venueServedBy(long... deputyIds) {
        long venue = VenueFixtures.create("HOME", null, "梁溪区");
        for (long deputyId : deputyIds) {
            update("insert into duty (venue_id, deputy_id, rule_kind, week_ordinal, weekdays) values (?, ?, 'MONTHLY', 3, 'TUESDAY')",
                    venue, deputyId);
        }
        return venue;
    }

    /** A case submitted at the venue in category ENVIRONMENT (24 h to accept, 240 h to resolve), routed. */
    public long submit(long venueId, Resident resident) {
        ResidentCase c = new ResidentCase();
        c.trackingCode = CaseCodes.newTrackingCode();
        c.secretHash = CaseSecrets.issue().sha256Hex();
        c.venueId = venueId;
        c.status = CaseStatus.SUBMITTED;
        c.text = "小区门口垃圾堆放三天无人清运 " + UUID.randomUUID();
        c.residentNameEncrypted = cipher.encrypt(resident.name());
        c.residentPhoneEncrypted = cipher.encrypt(resident.phone());
        c.contactConsent = resident.contactConsent();
        c.anonymous = resident.anonymous();
        c.submittedAt = clock.instant();
        try {
            return RoutedCases.submit(c, "ENVIRONMENT");
        } catch (Throwable e) {
            throw new IllegalStateException("could not submit a case", e);
        }
    }

    public long submit(long venueId) {
        return submit(venueId, Resident.ordinary());
    }

    public long queryLong(String sql, Object... args) {
        Object value = row(sql, args).values().iterator().next();
        return ((Number) value).longValue();
    }

    /** The first row of the query, column name to value. */
    public Map<String, Object> row(String sql, Object... args) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, args);
            try (ResultSet rows = statement.executeQuery()) {
                if (!rows.next()) {
                    throw new IllegalStateException("no row for " + sql);
                }
                Map<String, Object> row = new HashMap<>();
                for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                    row.put(rows.getMetaData().getColumnLabel(i), rows.getObject(i));
                }
                return row;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public void update(String sql, Object... args) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
            bind(statement, args);
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long insert(String sql, Object... args) {
        return queryLong(sql, args);
    }

    private static void bind(PreparedStatement statement, Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
    }
}
