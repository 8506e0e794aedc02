package org.liaison.routing;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.liaison.routing.Deputies.*;

/** The routing inputs and outputs refuse what cannot be right. */
class RoutingInputsTest {

    @Test
    void topicsAreParsedFromTheColumnAndComparedIgnoringCase() {
        assertThat(DeputyCandidate.topicsOf("PUBLIC_SERVICE, environment,,")).containsExactlyInAnyOrder("PUBLIC_SERVICE", "environment");
        assertThat(DeputyCandidate.topicsOf(null)).isEmpty();
        DeputyCandidate d = topics(deputy(1, "王丽"), " public_service ", "ENVIRONMENT");
        assertThat(d.focusesOn("PUBLIC_SERVICE")).isTrue();
        assertThat(d.focusesOn("environment")).isTrue();
        assertThat(d.focusesOn("HOUSING")).isFalse();
        assertThat(d.focusesOn(null)).isFalse();
    }

    @Test
    void inputsAreValidated() {
        assertThatThrownBy(() -> new RoutingPolicy(-1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> open(deputy(1, "王丽"), -1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoutingRequest(null, null, "OTHER", Set.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RoutingRequest(List.of(), null, null, Set.of())).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> new RoutingDecision(Optional.empty(), Optional.empty(), RoutingRule.LEAST_LOADED, "", "",
                List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RoutingDecision(Optional.of(1L), Optional.empty(), RoutingRule.ADMIN_QUEUE, "", "",
                List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
