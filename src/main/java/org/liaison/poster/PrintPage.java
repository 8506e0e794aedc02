package org.liaison.poster;

import java.util.List;
import java.util.Optional;

/** One page of a print file: a poster to hang, or the scan sheet that goes with a venue's posters. */
public sealed interface PrintPage {

    /**
     * A poster with a QR code: the same content as the venue's SVG poster (or a deputy's personal code).
     *
     * @param name        the venue's or deputy's name
     * @param label       what it is, in Chinese and English (代表联系点 · Deputy contact point)
     * @param url         the address the QR code encodes
     * @param groupedCode the code grouped for typing by hand
     */
    record Poster(String name, String label, String url, String groupedCode, Optional<String> openingHours,
                  Optional<String> nextContactDay) implements PrintPage {
    }

    /** For the venue's staff: who serves here and when, to check the posters against and to pin up inside. */
    record ScanSheet(String venueName, String label, String address, Optional<String> openingHours, List<Line> deputies)
            implements PrintPage {
    }

    /** One deputy of a scan sheet with its contact days in both languages. */
    record Line(String deputyName, String contactDaysZh, String contactDaysEn) {
    }
}
