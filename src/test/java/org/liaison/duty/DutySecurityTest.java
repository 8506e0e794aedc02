package org.liaison.duty;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.auth.Role;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;
import org.liaison.venue.VenueFixtures;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;

import static org.liaison.duty.DutyFixtures.admin;
import static org.liaison.duty.DutyFixtures.duties;
import static org.liaison.duty.DutyFixtures.thirdTuesday;

@QuarkusTest
class DutySecurityTest {

    @Inject
    DataSource dataSource;

    @Test
    void everyDutyEndpointIsForAdministratorsOnly() {
        long venue = VenueFixtures.create("HOME", null, "梁溪区");
        long deputy = DutyFixtures.insertDeputy(dataSource, "王丽", true);
        int duty = admin().body(thirdTuesday(deputy)).post(duties(venue)).then().statusCode(201).extract().path("id");
        Map<String, Object> update = thirdTuesday(deputy);
        update.put("version", 0);
        SecurityMatrix.assertRequires(Role.ADMIN, List.of(
                Call.get(duties(venue)),
                Call.post(duties(venue), thirdTuesday(DutyFixtures.insertDeputy(dataSource, "张伟", true))),
                Call.get(duties(venue) + "/schedule"),
                Call.get(duties(venue) + "/" + duty),
                Call.put(duties(venue) + "/" + duty, update),
                Call.delete(duties(venue) + "/" + duty),
                Call.get(duties(987_654_321L))));
    }
}
