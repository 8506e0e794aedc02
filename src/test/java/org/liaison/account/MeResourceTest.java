package org.liaison.account;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;
import org.liaison.support.Logins;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

/** GET /api/me for each role, through real logins of the demo accounts. */
@QuarkusTest
class MeResourceTest {

    private static JsonPath me(String username, String password) {
        String token = Logins.pair(Logins.login(username, password, null)).accessToken();
        return Logins.as(token).get("/api/me").then().statusCode(200).extract().jsonPath();
    }

    @Test
    void anAdministratorSeesItsAccountAndNothingElse() {
        JsonPath me = me("admin", "admin");
        assertThat(me.getString("username")).isEqualTo("admin");
        assertThat(me.getString("role")).isEqualTo("admin");
        assertThat(me.getLong("accountId")).isPositive();
        assertThat(me.getMap("deputy")).isNull();
        assertThat(me.getMap("department")).isNull();
    }

    @Test
    void aDeputySeesItsProfileVenuesDutyRulesAndNextContactDays() {
        JsonPath me = me("deputy1", "deputy");
        assertThat(me.getString("role")).isEqualTo("deputy");
        assertThat(me.getString("deputy.profile.name")).isEqualTo("王丽");
        LocalDate today = LocalDate.parse(me.getString("deputy.today"));
        List<Map<String, Object>> venues = me.getList("deputy.venues");
        assertThat(venues).isNotEmpty();
        for (int i = 0; i < venues.size(); i++) {
            String venue = "deputy.venues[" + i + "].";
            assertThat(me.getString(venue + "venueName")).isNotBlank();
            assertThat(me.getString(venue + "rule.kind")).isIn("MONTHLY", "WEEKLY", "DATES");
            assertThat(me.getString(venue + "ruleZh")).isNotBlank();
            assertThat(me.getString(venue + "ruleEn")).isNotBlank();
            List<LocalDate> next = me.getList(venue + "nextContactDays", String.class).stream().map(LocalDate::parse).toList();
            assertThat(next).hasSize(3).isSorted().doesNotHaveDuplicates().allMatch(day -> !day.isBefore(today));
            assertThat(me.getBoolean(venue + "onDutyToday")).isEqualTo(next.get(0).equals(today));
        }
        assertThat(me.getList("deputy.onDutyToday.venueId")).isSubsetOf(me.getList("deputy.venues.venueId"));
        assertThat(me.getMap("department")).isNull();
    }

    @Test
    void aDepartmentSeesItsNameAndContact() {
        JsonPath me = me("dept1", "dept");
        assertThat(me.getString("role")).isEqualTo("department");
        assertThat(me.getString("department.code")).isEqualTo("URBAN");
        assertThat(me.getString("department.nameZh")).isNotBlank();
        assertThat(me.getMap("deputy")).isNull();
    }

    @Test
    void aTokenWhoseAccountDoesNotExistGets404() {
        Logins.as(org.liaison.support.Tokens.deputy(987654)).get("/api/me").then().statusCode(404)
                .body("status", equalTo(404)).body("errors", nullValue());
    }

    @Test
    void everyMeEndpointNeedsAValidToken() {
        SecurityMatrix.assertAuthenticated(List.of(
                Call.get("/api/me"),
                Call.get("/api/me/sessions"),
                Call.delete("/api/me/sessions/1"),
                Call.post("/api/me/password", Map.of("currentPassword", "x", "newPassword", "a new long secret")),
                Call.post("/api/auth/logout", null)));
        SecurityMatrix.assertRequires("admin", List.of(Call.delete("/api/admin/accounts/1/sessions")));
    }
}
