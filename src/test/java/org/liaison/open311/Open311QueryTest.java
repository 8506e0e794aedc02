package org.liaison.open311;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class Open311QueryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T08:00:00Z");

    @Test
    void noDatesMeanTheMostRecentNinetyDaysAndAThousandItems() {
        Open311Query.Window window = Open311Query.window(null, null, null, null, NOW);
        assertThat(window).isEqualTo(new Open311Query.Window(NOW.minus(Duration.ofDays(90)), NOW, 1000, 0));
    }

    @Test
    void emptyParametersAreAbsentOnes() {
        assertThat(Open311Query.window("", " ", "", "", NOW)).isEqualTo(Open311Query.window(null, null, null, null, NOW));
        assertThat(Open311Query.requests(List.of(""), List.of(""), "", "", List.of(""), "", "", NOW))
                .isEqualTo(Open311Query.requests(null, null, null, null, null, null, null, NOW));
    }

    @Test
    void aStartAloneRunsNinetyDaysOnAndAnEndAloneNinetyDaysBack() {
        assertThat(Open311Query.window("2026-01-01T00:00:00Z", null, null, null, NOW).end())
                .isEqualTo(Instant.parse("2026-04-01T00:00:00Z"));
        assertThat(Open311Query.window(null, "2026-04-01T08:00:00+08:00", null, null, NOW).start())
                .isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void exactlyNinetyDaysIsAllowedAndOneSecondMoreIsNot() {
        assertThat(Open311Query.window("2026-01-01T00:00:00Z", "2026-04-01T00:00:00Z", null, null, NOW).limit()).isEqualTo(1000);
        assertThatThrownBy(() -> Open311Query.window("2026-01-01T00:00:00Z", "2026-04-01T00:00:01Z", null, null, NOW))
                .isInstanceOf(Open311Exception.class).hasMessageContaining("90 days");
    }

    @Test
    void anEndBeforeTheStartIs400() {
        assertThatThrownBy(() -> Open311Query.window("2026-02-01T00:00:00Z", "2026-01-01T00:00:00Z", null, null, NOW))
                .isInstanceOf(Open311Exception.class).satisfies(e -> assertThat(((Open311Exception) e).status()).isEqualTo(400));
    }

    @Test
    void pagesSkipWholePages() {
        Open311Query.Window window = Open311Query.window(null, null, "3", "50", NOW);
        assertThat(window.limit()).isEqualTo(50);
        assertThat(window.offset()).isEqualTo(100);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-1", "1001", "abc", "1.5", "99999999999"})
    void pageSizesOutsideOneToAThousandAre400(String size) {
        assertThatThrownBy(() -> Open311Query.window(null, null, null, size, NOW)).isInstanceOf(Open311Exception.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-3", "x", "2147483647"})
    void badPagesAre400(String page) {
        assertThatThrownBy(() -> Open311Query.window(null, null, page, null, NOW)).isInstanceOf(Open311Exception.class);
    }

    @Test
    void statusesAreRepeatedOrCommaSeparatedAndBothMeanAll() {
        assertThat(Open311Query.requests(null, null, null, null, List.of("open"), null, null, NOW).closed()).isFalse();
        assertThat(Open311Query.requests(null, null, null, null, List.of("CLOSED"), null, null, NOW).closed()).isTrue();
        assertThat(Open311Query.requests(null, null, null, null, List.of("open,closed"), null, null, NOW).closed()).isNull();
        assertThat(Open311Query.requests(null, null, null, null, List.of("open", "closed"), null, null, NOW).closed()).isNull();
        assertThatThrownBy(() -> Open311Query.requests(null, null, null, null, List.of("pending"), null, null, NOW))
                .isInstanceOf(Open311Exception.class);
    }

    @Test
    void idsOverrideEveryOtherParameterEvenInvalidOnes() {
        Open311Query.RequestFilter filter = Open311Query.requests(List.of("7k4m9qxtb, AB12CD34E", "7K4M9QXTB"), null,
                "not a date", null, List.of("pending"), "0", null, NOW);
        assertThat(filter.ids()).containsExactly("7K4M9QXTB", "AB12CD34E");
        assertThat(filter.window()).isNull();
    }

    @Test
    void aThousandIdsAtMost() {
        String[] ids = new String[1001];
        Arrays.setAll(ids, i -> "ID" + i);
        assertThatThrownBy(() -> Open311Query.requests(List.of(String.join(",", ids)), null, null, null, null, null, null, NOW))
                .isInstanceOf(Open311Exception.class);
    }

    @Test
    void serviceCodesAreSplitAndDeduplicated() {
        assertThat(Open311Query.list(List.of("A,B", " B ", "C,,"))).containsExactly("A", "B", "C");
    }
}
