package org.liaison.push;

import org.liaison.caseflow.events.CaseEventRecord;

import io.smallrye.mutiny.helpers.test.AssertSubscriber;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.LongStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.push.PushEvents.event;
import static org.liaison.push.PushEvents.internal;

/** The in-memory fan-out: audiences, buffering before subscription, and dropping subscribers that fall behind. */
class PushHubTest {

    private final PushHub hub = new PushHub();

    @Test
    void eachEventReachesExactlyTheAudiencesThatSeeIt() {
        AssertSubscriber<CaseEventRecord> resident = subscribe(new Audience.CaseWatcher(1), 10);
        AssertSubscriber<CaseEventRecord> deputy = subscribe(new Audience.DeputyWatcher(7), 10);
        AssertSubscriber<CaseEventRecord> otherDeputy = subscribe(new Audience.DeputyWatcher(8), 10);
        AssertSubscriber<CaseEventRecord> department = subscribe(new Audience.DepartmentWatcher(3), 10);

        hub.dispatch(List.of(event(1, 1, 7L, null), event(2, 2, 8L, 3L), internal(3, 1, 7L), event(4, 1, 7L, 3L)));

        assertThat(resident.getItems()).extracting(CaseEventRecord::id).containsExactly(1L, 4L);
        assertThat(deputy.getItems()).extracting(CaseEventRecord::id).containsExactly(1L, 3L, 4L);
        assertThat(otherDeputy.getItems()).extracting(CaseEventRecord::id).containsExactly(2L);
        assertThat(department.getItems()).extracting(CaseEventRecord::id).containsExactly(2L, 4L);
    }

    @Test
    void aFeedBuffersWhatArrivesBeforeItsStreamSubscribes() {
        LiveFeed feed = hub.register(new Audience.CaseWatcher(1), 10);
        hub.dispatch(List.of(event(1, 1, null, null), event(2, 1, null, null)));
        AssertSubscriber<CaseEventRecord> late = feed.events().subscribe().withSubscriber(AssertSubscriber.create(10));
        assertThat(late.getItems()).extracting(CaseEventRecord::id).containsExactly(1L, 2L);
    }

    @Test
    void aSubscriberThatFallsTooFarBehindIsFailedAndDroppedWhileOthersGoOn() {
        AssertSubscriber<CaseEventRecord> slow = subscribe(new Audience.DeputyWatcher(7), 0);
        AssertSubscriber<CaseEventRecord> fast = subscribe(new Audience.DeputyWatcher(7), Long.MAX_VALUE);

        hub.dispatch(LongStream.rangeClosed(1, 5).mapToObj(id -> event(id, 1, 7L, null)).toList());

        slow.assertFailedWith(BackPressureFailure.class);
        assertThat(slow.getItems()).isEmpty();
        assertThat(fast.getItems()).hasSize(5);
        assertThat(hub.size()).isEqualTo(1);
        hub.dispatch(List.of(event(6, 1, 7L, null)));
        assertThat(fast.getItems()).hasSize(6);
    }

    @Test
    void aCancelledStreamUnregistersItsFeed() {
        AssertSubscriber<CaseEventRecord> subscriber = subscribe(new Audience.CaseWatcher(1), 10);
        assertThat(hub.size()).isEqualTo(1);
        subscriber.cancel();
        assertThat(hub.size()).isZero();
    }

    private AssertSubscriber<CaseEventRecord> subscribe(Audience audience, long requested) {
        return hub.register(audience, 3).events().subscribe().withSubscriber(AssertSubscriber.create(requested));
    }
}
