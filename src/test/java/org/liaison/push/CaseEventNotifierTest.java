package org.liaison.push;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.ActionDetails;
import org.liaison.caseflow.CaseWorkflow;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.Actor;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.push.SseClient.Message;

import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CaseWorkflow notifies inside the transaction: a change that rolls back is never pushed. */
@QuarkusTest
class CaseEventNotifierTest {

    @Inject
    CaseWorkflow workflow;

    @Test
    void aChangeRolledBackAfterItsEventWasRecordedIsNeverPushed() throws Throwable {
        PushCases cases = new PushCases(workflow);
        PushCases.Venue venue = PushCases.venueWithDeputy();
        PushCases.Case c = cases.submit(venue);
        try (SseClient stream = ResidentStreamTest.watch(c, Map.of())) {
            stream.events(2, Duration.ofSeconds(15));
            assertThatThrownBy(() -> VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> Panache.getSession()
                    .flatMap(session -> session.find(ResidentCase.class, c.id()))
                    .flatMap(found -> workflow.apply(found, CaseAction.ACCEPT, Actor.deputy(venue.deputyId()), ActionDetails.NONE))
                    .flatMap(event -> Uni.createFrom().<Long>failure(new IllegalStateException("something later failed"))))))
                    .hasMessageContaining("something later failed");
            assertThat(stream.nextEvent(Duration.ofSeconds(1))).as("nothing of the rolled-back change").isNull();

            long accept = cases.apply(c.id(), CaseAction.ACCEPT, Actor.deputy(venue.deputyId()), ActionDetails.NONE);
            Message pushed = stream.nextEvent(Duration.ofSeconds(15));
            assertThat(pushed).isNotNull();
            assertThat(pushed.id()).isEqualTo(String.valueOf(accept));
        }
    }
}
