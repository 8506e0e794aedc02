package org.liaison.venue;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.liaison.venue.VenueFixtures.VENUES;
import static org.liaison.venue.VenueFixtures.admin;
import static org.liaison.venue.VenueFixtures.body;
import static org.liaison.venue.VenueFixtures.create;
import static org.liaison.venue.VenueFixtures.read;
import static org.liaison.venue.VenueFixtures.unique;
import static org.liaison.venue.VenueFixtures.update;

/** The venue tree through the API: nesting, moves, kind changes, deactivation and reactivation. */
@QuarkusTest
class VenueTreeResourceTest {

    @Test
    void deactivationIsIdempotentAndRefusedWhileActiveVenuesAreUnderIt() {
        long[] tree = VenueFixtures.tree(unique("region"));
        admin().delete(VENUES + "/" + tree[1]).then().statusCode(409)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("still has 1 active venue(s) under it (" + tree[2] + ")"));
        admin().delete(VENUES + "/" + tree[2]).then().statusCode(204);
        admin().delete(VENUES + "/" + tree[2]).then().statusCode(204);
        admin().get(VENUES + "/" + tree[2]).then().statusCode(200).body("active", equalTo(false));
        admin().delete(VENUES + "/" + tree[1]).then().statusCode(204);

        // a point cannot come back under an inactive station, nor a new one be added there
        admin().body(update(read(tree[2]), Map.of("active", true))).put(VENUES + "/" + tree[2])
                .then().statusCode(409).body("detail", containsString("inactive"));
        admin().body(body("POINT", tree[1], unique("POINT"), "梁溪区")).post(VENUES)
                .then().statusCode(409).body("detail", containsString("parent venue " + tree[1] + " is inactive"));

        admin().body(update(read(tree[1]), Map.of("active", true))).put(VENUES + "/" + tree[1])
                .then().statusCode(200).body("active", equalTo(true));
        admin().body(update(read(tree[2]), Map.of("active", true))).put(VENUES + "/" + tree[2])
                .then().statusCode(200).body("active", equalTo(true));
    }

    @Test
    void wronglyNestedNewVenuesAreFieldErrorsOnParentId() {
        long[] tree = VenueFixtures.tree(unique("region"));
        expectParentError(body("POINT", tree[0], unique("p"), "r"), "the parent of a POINT must be a STATION, but venue "
                + tree[0] + " is a HOME");
        expectParentError(body("STATION", tree[1], unique("s"), "r"), "the parent of a STATION must be a HOME, but venue "
                + tree[1] + " is a STATION");
        expectParentError(body("STATION", null, unique("s"), "r"), "a STATION needs a parent HOME");
        expectParentError(body("HOME", tree[0], unique("h"), "r"), "a HOME is the root of its hierarchy and has no parent");
        expectParentError(body("STATION", 987_654_321L, unique("s"), "r"), "no such venue");
    }

    private static void expectParentError(Map<String, Object> body, String message) {
        admin().body(body).post(VENUES).then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", equalTo("parentId: " + message))
                .body("errors[0].field", equalTo("parentId"))
                .body("errors[0].message", equalTo(message));
    }

    @Test
    void updatesThatWouldBreakTheHierarchyAreRefused() {
        long[] tree = VenueFixtures.tree(unique("region"));
        Map<String, Object> station = read(tree[1]);
        admin().body(update(station, Map.of("kind", "POINT", "parentId", tree[1]))).put(VENUES + "/" + tree[1])
                .then().statusCode(400).body("errors[0].message", equalTo("a venue cannot be its own parent"));
        long otherStation = create("STATION", tree[0], "r");
        admin().body(update(station, Map.of("kind", "POINT", "parentId", otherStation))).put(VENUES + "/" + tree[1])
                .then().statusCode(409).body("detail", containsString("the venues under it (" + tree[2] + ") need a parent STATION"));
        admin().body(update(station, Map.of("parentId", otherStation))).put(VENUES + "/" + tree[1])
                .then().statusCode(400).body("errors[0].field", equalTo("parentId"));
        admin().body(update(read(tree[0]), Map.of("active", false))).put(VENUES + "/" + tree[0])
                .then().statusCode(409);
        admin().get(VENUES + "/" + tree[1]).then().body("version", equalTo(0)).body("kind", equalTo("STATION"));
    }

    @Test
    void aStationMovesToAnotherHomeWithItsPointsAndAChildlessPointMayBecomeAStation() {
        long[] tree = VenueFixtures.tree(unique("region"));
        long otherHome = create("HOME", null, "r");
        admin().body(update(read(tree[1]), Map.of("parentId", otherHome))).put(VENUES + "/" + tree[1])
                .then().statusCode(200).body("parentId", equalTo((int) otherHome));
        admin().get(VENUES + "/" + tree[2]).then().body("parentId", equalTo((int) tree[1]));
        admin().body(update(read(tree[2]), Map.of("kind", "STATION", "parentId", otherHome))).put(VENUES + "/" + tree[2])
                .then().statusCode(200).body("kind", equalTo("STATION")).body("parentId", equalTo((int) otherHome));
    }
}
