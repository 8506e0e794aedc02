package org.liaison.caseflow;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.caseflow.WatchCounters.Owner;
import org.liaison.caseflow.WatchCounters.Watcher;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

/** The poll cache: what it answers from memory, and when it must send the poll to the database instead. */
class WatchRevisionsTest {

    private static final Watcher DEPUTY = new Watcher(Owner.DEPUTY, 7);

    private static final class SetClock extends Clock {
        volatile Instant now = Instant.parse("2026-12-01T08:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final SetClock clock = new SetClock();
    private final WatchRevisions memory = new WatchRevisions(clock);

    @BeforeEach
    void listen() {
        memory.listening();
    }

    @Test
    void aNoticeIsKnownAtOnce() {
        memory.notified("DEPUTY:7:3");
        assertThat(memory.known(DEPUTY)).isEqualTo(3);
    }

    @Test
    void nothingIsKnownWhileDeafOrBeforeAnything() {
        assertThat(memory.known(DEPUTY)).isNull();
        memory.notified("DEPUTY:7:3");
        memory.deaf();
        assertThat(memory.known(DEPUTY)).isNull();
    }

    @Test
    void aBumpOnThisInstanceSendsPollsToTheDatabaseUntilItsNoticeArrives() {
        memory.notified("DEPUTY:7:3");
        memory.bumping(DEPUTY);
        assertThat(memory.known(DEPUTY)).as("committed or not, the database knows").isNull();
        memory.read(DEPUTY, 4);
        assertThat(memory.known(DEPUTY)).as("a read does not end the wait for the notice").isNull();
        memory.notified("DEPUTY:7:4");
        assertThat(memory.known(DEPUTY)).isEqualTo(4);
    }

    @Test
    void twoBumpsWaitForTwoNotices() {
        memory.bumping(DEPUTY);
        memory.bumping(DEPUTY);
        memory.notified("DEPUTY:7:1");
        assertThat(memory.known(DEPUTY)).isNull();
        memory.notified("DEPUTY:7:2");
        assertThat(memory.known(DEPUTY)).isEqualTo(2);
    }

    @Test
    void aBumpThatRolledBackStopsMatteringAfterAWhile() {
        memory.notified("DEPUTY:7:3");
        memory.bumping(DEPUTY);
        clock.advance(WatchRevisions.PENDING_AT_MOST.minusMillis(1));
        assertThat(memory.known(DEPUTY)).isNull();
        clock.advance(Duration.ofMillis(2));
        assertThat(memory.known(DEPUTY)).isEqualTo(3);
    }

    @Test
    void anotherWatchersBumpChangesNothingHere() {
        memory.notified("DEPUTY:7:3");
        memory.bumping(new Watcher(Owner.DEPUTY, 8));
        assertThat(memory.known(DEPUTY)).isEqualTo(3);
    }

    @Test
    void entriesAreTrustedForALimitedTime() {
        memory.notified("DEPUTY:7:3");
        clock.advance(WatchRevisions.TRUST.plusSeconds(1));
        assertThat(memory.known(DEPUTY)).isNull();
    }
}
