package org.liaison.common.limit;

import org.junit.jupiter.api.Test;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class RecentBlocksTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void aBlockEndsWithItsWindow() {
        RecentBlocks blocks = new RecentBlocks(10);
        blocks.block("a", NOW.plusSeconds(30), NOW);

        assertThat(blocks.blockedUntil("a", NOW.plusSeconds(29))).contains(NOW.plusSeconds(30));
        assertThat(blocks.blockedUntil("a", NOW.plusSeconds(30))).isEmpty();
        assertThat(blocks.size()).isZero();
    }

    @Test
    void theMemoryNeverHoldsMoreThanItsCapacity() {
        RecentBlocks blocks = new RecentBlocks(100);
        for (int i = 0; i < 10_000; i++) {
            blocks.block("key-" + i, NOW.plusSeconds(60), NOW);
            assertThat(blocks.size()).isLessThanOrEqualTo(100);
        }
    }

    @Test
    void endedBlocksMakeRoomFirst() {
        RecentBlocks blocks = new RecentBlocks(2);
        blocks.block("old", NOW.plusSeconds(1), NOW);
        blocks.block("live", NOW.plusSeconds(60), NOW);

        blocks.block("new", NOW.plusSeconds(60), NOW.plusSeconds(2));

        assertThat(blocks.blockedUntil("live", NOW.plusSeconds(2))).isPresent();
        assertThat(blocks.blockedUntil("new", NOW.plusSeconds(2))).isPresent();
    }
}
