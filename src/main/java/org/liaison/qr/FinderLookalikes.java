package org.liaison.qr;

import com.google.zxing.common.BitMatrix;

/**
 * Finds data modules that a reader's finder-pattern search takes for a finder pattern: a dark run crossed by
 * a dark run, each of 2 to 5 modules, each with exactly one light and then one dark module on both sides
 * (the finder's 1:1:3:1:1, within the tolerance readers allow). Readers check only the row and the column
 * through a candidate, not the ring around it, so such a cross counts as a fourth finder pattern. The rule is
 * wider than what fails: about half of the standard masks' symbols have a lookalike, 1 in 30 of those failed
 * ZXing, and every symbol that failed had one (3,000 random addresses at 128–512 px).
 */
final class FinderLookalikes {

    private static final int FINDER_WITH_SEPARATOR = 8;

    private FinderLookalikes() {
    }

    /** Whether the symbol ({@code quietZone} light modules on each side) has a lookalike outside its three finders. */
    static boolean present(BitMatrix modules, int quietZone) {
        int count = modules.getWidth();
        for (int y = quietZone; y < count - quietZone; y++) {
            for (int x = quietZone; x < count - quietZone; x++) {
                if (!inFinder(x - quietZone, y - quietZone, count - 2 * quietZone) && crossAt(modules, x, y)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean inFinder(int x, int y, int size) {
        boolean left = x < FINDER_WITH_SEPARATOR;
        boolean top = y < FINDER_WITH_SEPARATOR;
        return (left && top) || (left && y >= size - FINDER_WITH_SEPARATOR) || (top && x >= size - FINDER_WITH_SEPARATOR);
    }

    private static boolean crossAt(BitMatrix modules, int x, int y) {
        return modules.get(x, y) && lookalike(modules, x, y, 1, 0) && lookalike(modules, x, y, 0, 1);
    }

    /** Along one direction through a dark module: dark run 2–5, then light 1, dark 1, light on both sides. */
    private static boolean lookalike(BitMatrix modules, int x, int y, int dx, int dy) {
        int before = 0;
        while (dark(modules, x - (before + 1) * dx, y - (before + 1) * dy)) {
            before++;
        }
        int after = 0;
        while (dark(modules, x + (after + 1) * dx, y + (after + 1) * dy)) {
            after++;
        }
        int run = before + after + 1;
        if (run < 2 || run > 5) {
            return false;
        }
        return framed(modules, x - (before + 1) * dx, y - (before + 1) * dy, -dx, -dy)
                && framed(modules, x + (after + 1) * dx, y + (after + 1) * dy, dx, dy);
    }

    /** From the first light module past the centre run: light, dark, light. */
    private static boolean framed(BitMatrix modules, int x, int y, int dx, int dy) {
        return !dark(modules, x, y) && dark(modules, x + dx, y + dy) && !dark(modules, x + 2 * dx, y + 2 * dy);
    }

    private static boolean dark(BitMatrix modules, int x, int y) {
        return x >= 0 && y >= 0 && x < modules.getWidth() && y < modules.getHeight() && modules.get(x, y);
    }
}
