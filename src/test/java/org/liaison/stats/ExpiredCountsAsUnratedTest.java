package org.liaison.stats;

import org.junit.jupiter.api.Test;
import org.liaison.caseflow.lifecycle.ClosedAs;

import java.lang.reflect.Method;

import static org.assertj.core.api.Assertions.assertThat;

/** Every way a case can close has its rating measure: an expired case was never rated. */
class ExpiredCountsAsUnratedTest {

    @Test
    void everyClosingMapsToARatingMeasure() throws Exception {
        Method measure = RollupDelta.class.getDeclaredMethod("closedMeasure", ClosedAs.class);
        measure.setAccessible(true);
        for (ClosedAs closedAs : ClosedAs.values()) {
            assertThat(measure.invoke(null, closedAs)).as(closedAs.name()).isInstanceOf(Measure.class);
        }
        assertThat(measure.invoke(null, ClosedAs.EXPIRED)).isEqualTo(Measure.UNRATED);
        assertThat(measure.invoke(null, (Object) null)).isEqualTo(Measure.UNRATED);
    }
}
