package org.liaison.qr;

import com.google.zxing.common.BitMatrix;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class FinderLookalikesTest {

    /** A light 41-module symbol area with only the pattern drawn: dark 1, light 1, dark {@code run}, light 1, dark 1 both ways. */
    private static BitMatrix cross(int run, int centreX, int centreY) {
        BitMatrix modules = new BitMatrix(41);
        int[] layout = new int[run + 4];
        for (int i = 0; i < layout.length; i++) {
            boolean dark = i == 0 || i == layout.length - 1 || (i >= 2 && i < 2 + run);
            if (dark) {
                modules.set(centreX - 2 - run / 2 + i, centreY);
                modules.set(centreX, centreY - 2 - run / 2 + i);
            }
        }
        return modules;
    }

    @ParameterizedTest
    @ValueSource(ints = {2, 3, 4, 5})
    void aCrossOfFinderProportionsInTheDataIsALookalike(int run) {
        assertThat(FinderLookalikes.present(cross(run, 22, 25), 4)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 6})
    void runsReadersRejectAreNot(int run) {
        assertThat(FinderLookalikes.present(cross(run, 22, 25), 4)).isFalse();
    }

    @Test
    void aRowAloneIsNotALookalike() {
        BitMatrix modules = new BitMatrix(41);
        for (int x : new int[]{18, 20, 21, 22, 24}) {
            modules.set(x, 25);
        }
        assertThat(FinderLookalikes.present(modules, 4)).isFalse();
    }

    @Test
    void theThreeFindersAndTheirSeparatorsAreNotCounted() {
        assertThat(FinderLookalikes.present(cross(3, 8, 8), 4)).isFalse();
        assertThat(FinderLookalikes.present(cross(3, 32, 8), 4)).isFalse();
        assertThat(FinderLookalikes.present(cross(3, 8, 32), 4)).isFalse();
    }

    @Test
    void theHardAddressesNowGetASymbolWithoutOne() {
        for (String url : QrReadabilityTest.HARD_ADDRESSES) {
            assertThat(FinderLookalikes.present(QrRenderer.modules(url), QrRenderer.QUIET_ZONE_MODULES)).as(url).isFalse();
        }
    }
}
