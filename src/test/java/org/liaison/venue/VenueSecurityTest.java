package org.liaison.venue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.auth.Role;
import org.liaison.support.SecurityMatrix;
import org.liaison.support.SecurityMatrix.Call;

import java.util.List;
import java.util.Map;

import static org.liaison.venue.VenueFixtures.VENUES;

@QuarkusTest
class VenueSecurityTest {

    @Test
    void everyVenueEndpointIsForAdministratorsOnly() {
        long home = VenueFixtures.create("HOME", null, "梁溪区");
        Map<String, Object> update = VenueFixtures.body("HOME", null, VenueFixtures.unique("h"), "梁溪区");
        update.put("active", true);
        update.put("version", 0);
        SecurityMatrix.assertRequires(Role.ADMIN, List.of(
                Call.post(VENUES, VenueFixtures.body("HOME", null, VenueFixtures.unique("h"), "梁溪区")),
                Call.get(VENUES),
                Call.get(VENUES + "?kind=HOME&q=x"),
                Call.get(VENUES + "/" + home),
                Call.put(VENUES + "/" + home, update),
                Call.delete(VENUES + "/" + home),
                Call.get(VENUES + "/987654321")));
    }
}
