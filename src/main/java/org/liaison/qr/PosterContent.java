package org.liaison.qr;

import org.liaison.venue.VenueKind;

import java.util.Objects;
import java.util.Optional;

/**
 * Everything a venue's printed poster shows. Built from the venue and its live code; the next contact
 * day comes from the duty calendar when one is known. A poster hangs for months, so that text should
 * describe the rule ("每月第三个星期二 9:00-11:30") rather than a single date.
 *
 * @param venueName      the venue's name, as registered
 * @param venueKind      home, station or point; printed as its Chinese name
 * @param url            the address the QR code encodes
 * @param groupedCode    the code grouped for typing by hand, e.g. 7K4M-9QXT-B
 * @param openingHours   when the venue is open, if registered
 * @param nextContactDay when deputies are next (or regularly) present, if known
 */
public record PosterContent(String venueName, VenueKind venueKind, String url, String groupedCode,
                            Optional<String> openingHours, Optional<String> nextContactDay) {

    public PosterContent {
        Objects.requireNonNull(venueName, "venueName");
        Objects.requireNonNull(venueKind, "venueKind");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(groupedCode, "groupedCode");
        openingHours = present(openingHours);
        nextContactDay = present(nextContactDay);
    }

    /** The same poster with the next-contact-day line set (blank or null removes it). */
    public PosterContent withNextContactDay(String text) {
        return new PosterContent(venueName, venueKind, url, groupedCode, openingHours, Optional.ofNullable(text));
    }

    /** The kind of venue as residents know it, with an English gloss. */
    public String kindLabel() {
        return switch (venueKind) {
            case HOME -> "代表之家 · Deputy home";
            case STATION -> "代表联络站 · Deputy liaison station";
            case POINT -> "代表联系点 · Deputy contact point";
        };
    }

    private static Optional<String> present(Optional<String> text) {
        return text == null ? Optional.empty() : text.map(String::strip).filter(t -> !t.isEmpty());
    }
}
