package org.liaison.caseflow.events;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.liaison.caseflow.tracking.ResidentFixtures.*;

/**
 * The relay's read of committed events: a range after its watermark plus the gaps it still awaits below it, each
 * event once, in id order, at most the limit. Two index ranges in a union since the OR walked the whole table.
 */
@QuarkusTest
class CommittedEventsReadTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @Inject
    CaseEventLog events;

    private List<Long> read(long after, long upTo, Set<Long> awaited, int limit) {
        return events.committed(after, upTo, awaited, limit).await().atMost(WAIT).stream()
                .map(CaseEventRecord::id).toList();
    }

    private static List<Long> concat(List<Long> a, List<Long> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    @Test
    void aRangeAndTheAwaitedGapsBelowItComeOnceInIdOrder() {
        long venue = venue("HOME", null);
        duty(venue, deputy("读取甲"), today());
        String code = venueCode(venue);
        long before = events.latestId().await().atMost(WAIT);
        Set<String> mine = new HashSet<>();
        for (int i = 0; i < 4; i++) {
            Response created = submitAtVenue(code, submission(category(), "楼道灯坏了第" + i + "次"));
            assertThat(created.statusCode()).isEqualTo(201);
            mine.add(created.path("trackingCode"));
        }
        long latest = events.latestId().await().atMost(WAIT);
        List<CaseEventRecord> range = events.committed(before, latest, Set.of(), 1000).await().atMost(WAIT);
        // every event of the four submissions (submitted, routed) is in the range, whatever else ran meanwhile
        assertThat(range.stream().filter(e -> mine.contains(e.trackingCode()))).hasSize(8);
        List<Long> ids = range.stream().map(CaseEventRecord::id).toList();
        assertThat(ids).isSorted().doesNotHaveDuplicates().last().isEqualTo(latest);
        int n = ids.size();

        long watermark = ids.get(3);
        assertThat(read(watermark, latest, Set.of(ids.get(0), ids.get(2)), 1000))
                .containsExactlyElementsOf(concat(List.of(ids.get(0), ids.get(2)), ids.subList(4, n)));
        // an awaited id inside the range is still read once
        assertThat(read(watermark, latest, Set.of(ids.get(5)), 1000)).containsExactlyElementsOf(ids.subList(4, n));
        // the limit keeps the lowest ids, awaited ones included
        assertThat(read(watermark, latest, Set.of(ids.get(1)), 3)).containsExactly(ids.get(1), ids.get(4), ids.get(5));
        // nothing after the watermark: only the awaited gaps
        assertThat(read(latest, latest, Set.of(ids.get(1), ids.get(3)), 1000)).containsExactly(ids.get(1), ids.get(3));
        assertThat(read(latest, latest, Set.of(), 1000)).isEmpty();
        // an awaited id that does not exist is no row
        assertThat(read(watermark, latest, Set.of(latest + 1000), 1000)).containsExactlyElementsOf(ids.subList(4, n));
    }
}
