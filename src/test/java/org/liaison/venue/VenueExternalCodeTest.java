package org.liaison.venue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.liaison.deputy.DeputyFixtures;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.liaison.venue.VenueFixtures.VENUES;
import static org.liaison.venue.VenueFixtures.admin;

/** The administration's own code on venues and deputies, through the ordinary API. */
@QuarkusTest
class VenueExternalCodeTest {

    @Test
    void aVenueCarriesItsCodeUniquelyAndAnUpdateWithoutTheFieldKeepsIt() {
        String code = "EXT-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = VenueFixtures.body("HOME", null, VenueFixtures.unique("编码之家"), "梁溪区");
        body.put("externalCode", code);
        long id = VenueFixtures.create(body);
        admin().get(VENUES + "/" + id).then().statusCode(200).body("externalCode", equalTo(code));

        Map<String, Object> second = VenueFixtures.body("HOME", null, VenueFixtures.unique("编码之家"), "梁溪区");
        second.put("externalCode", code);
        admin().body(second).post(VENUES).then().statusCode(409);
        second.put("externalCode", "has space");
        admin().body(second).post(VENUES).then().statusCode(400).body("errors[0].field", equalTo("externalCode"));

        Map<String, Object> update = new HashMap<>(VenueFixtures.read(id));
        update.remove("externalCode");
        update.put("name", VenueFixtures.unique("改名之家"));
        admin().body(update).put(VENUES + "/" + id).then().statusCode(200).body("externalCode", equalTo(code));
        Map<String, Object> clear = new HashMap<>(VenueFixtures.read(id));
        clear.put("externalCode", "");
        admin().body(clear).put(VENUES + "/" + id).then().statusCode(200).body("externalCode", nullValue());
    }

    @Test
    void aDeputyCarriesItsCode() {
        String code = "EXT-D-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> body = new HashMap<>(DeputyFixtures.body("编码代表 " + UUID.randomUUID()));
        body.put("externalCode", code);
        admin().body(body).post("/api/admin/deputies").then().statusCode(201).body("externalCode", equalTo(code));
        admin().body(body).post("/api/admin/deputies").then().statusCode(409);
    }
}
