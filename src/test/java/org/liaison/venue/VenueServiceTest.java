package org.liaison.venue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.common.problem.ProblemException;
import org.liaison.support.Tokens;

import java.util.List;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The venue lookups other features build on, called as they call them. */
@QuarkusTest
class VenueServiceTest {

    @Inject
    VenueService venues;

    @Test
    void chainRunsFromTheVenueUpToItsHome() throws Throwable {
        long[] tree = VenueFixtures.tree(VenueFixtures.unique("region"));
        assertThat(ids(VertxContextSupport.subscribeAndAwait(() -> venues.chain(tree[2])))).containsExactly(tree[2], tree[1], tree[0]);
        assertThat(ids(VertxContextSupport.subscribeAndAwait(() -> venues.chain(tree[1])))).containsExactly(tree[1], tree[0]);
        assertThat(ids(VertxContextSupport.subscribeAndAwait(() -> venues.chain(tree[0])))).containsExactly(tree[0]);
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> venues.chain(987_654_321L)))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
    }

    @Test
    void findActiveFindsOnlyActiveVenues() throws Throwable {
        long[] tree = VenueFixtures.tree(VenueFixtures.unique("region"));
        assertThat(VertxContextSupport.subscribeAndAwait(() -> venues.findActive(tree[2])).name).startsWith("POINT");
        given().auth().oauth2(Tokens.admin()).delete(VenueFixtures.VENUES + "/" + tree[2]).then().statusCode(204);
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> venues.findActive(tree[2])))
                .isInstanceOfSatisfying(ProblemException.class, e -> assertThat(e.status()).isEqualTo(404));
        assertThat(VertxContextSupport.subscribeAndAwait(() -> venues.require(tree[2])).active).isFalse();
        assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> venues.findActive(987_654_321L)))
                .isInstanceOf(ProblemException.class);
    }

    private static List<Long> ids(List<Venue> chain) {
        return chain.stream().map(venue -> venue.id).toList();
    }
}
