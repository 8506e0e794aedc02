package org.liaison.caseflow.handling;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.handling.CaseFixtures.Resident;

import java.util.Map;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.liaison.caseflow.handling.CaseFixtures.NAME;
import static org.liaison.caseflow.handling.CaseFixtures.PHONE;
import static org.liaison.caseflow.handling.CaseFixtures.admin;
import static org.liaison.caseflow.handling.CaseFixtures.department;
import static org.liaison.caseflow.handling.CaseFixtures.deputy;

/** How much of the resident each reader sees, through HTTP. */
@QuarkusTest
class ResidentContactTest {

    @Inject
    CaseFixtures fixtures;

    private static String caseUrl(long id) {
        return "/api/deputy/cases/" + id;
    }

    @Test
    void maskedUntilAcceptedThenShownInFull() {
        long me = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(me));
        deputy(me).get(caseUrl(id)).then().statusCode(200)
                .body("resident.name", equalTo("张*"))
                .body("resident.nameDisclosure", equalTo("MASKED"))
                .body("resident.phone", equalTo("****0001"))
                .body("resident.phoneDisclosure", equalTo("MASKED"))
                .body("allowedActions", equalTo(java.util.List.of("ACCEPT", "DECLINE", "REJECT", "ADD_MESSAGE")));
        deputy(me).post(caseUrl(id) + "/accept").then().statusCode(200)
                .body("resident.name", equalTo(NAME))
                .body("resident.phone", equalTo(PHONE))
                .body("resident.phoneDisclosure", equalTo("SHOWN"));
        deputy(me).get(caseUrl(id)).then().statusCode(200)
                .body("resident.name", equalTo(NAME)).body("resident.phone", equalTo(PHONE));
    }

    @Test
    void aResidentWhoRefusedContactNeverShowsAPhone() {
        long me = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(me), new Resident(NAME, PHONE, false, false));
        deputy(me).get(caseUrl(id)).then().statusCode(200)
                .body("resident.phone", nullValue()).body("resident.phoneDisclosure", equalTo("WITHHELD"));
        deputy(me).post(caseUrl(id) + "/accept").then().statusCode(200)
                .body("resident.phone", nullValue())
                .body("resident.phoneDisclosure", equalTo("WITHHELD"))
                .body("resident.contactConsent", equalTo(false))
                .body("resident.name", equalTo(NAME));
    }

    @Test
    void anAnonymousResidentNeverShowsAName() {
        long me = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(me), new Resident(NAME, PHONE, true, true));
        deputy(me).post(caseUrl(id) + "/accept").then().statusCode(200)
                .body("resident.name", nullValue())
                .body("resident.nameDisclosure", equalTo("WITHHELD"))
                .body("resident.anonymous", equalTo(true))
                .body("resident.phone", equalTo(PHONE));
    }

    @Test
    void whatWasNotGivenIsNotGiven() {
        long me = fixtures.newDeputy();
        long id = fixtures.submit(fixtures.venueServedBy(me), new Resident(null, null, true, false));
        deputy(me).get(caseUrl(id)).then().statusCode(200)
                .body("resident.name", nullValue()).body("resident.nameDisclosure", equalTo("NOT_GIVEN"))
                .body("resident.phone", nullValue()).body("resident.phoneDisclosure", equalTo("NOT_GIVEN"));
    }

    @Test
    void administratorsSeeEverythingAndDepartmentsNothing() {
        long me = fixtures.newDeputy();
        long dept = fixtures.newDepartment();
        long id = fixtures.submit(fixtures.venueServedBy(me), new Resident(NAME, PHONE, false, true));
        admin().get("/api/admin/cases/" + id).then().statusCode(200)
                .body("resident.name", equalTo(NAME)).body("resident.phone", equalTo(PHONE))
                .body("resident.contactConsent", equalTo(false));
        deputy(me).post(caseUrl(id) + "/accept").then().statusCode(200);
        deputy(me).body(Map.of("departmentId", dept, "note", "请核实")).post(caseUrl(id) + "/refer").then().statusCode(200);
        department(dept).get("/api/department/cases/" + id).then().statusCode(200)
                .body("resident", nullValue())
                .body("text", org.hamcrest.Matchers.startsWith("小区门口"));
    }
}
