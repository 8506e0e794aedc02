package org.liaison.qr;

/** What a public code leads to. */
public enum OwnerKind {
    /** A venue's code: {@code /v/{code}}. */
    VENUE("v", "venue"),
    /** A deputy's personal code: {@code /d/{code}}. */
    DEPUTY("d", "deputy");

    private final String pathSegment;
    private final String noun;

    OwnerKind(String pathSegment, String noun) {
        this.pathSegment = pathSegment;
        this.noun = noun;
    }

    /** The first path segment of the public address the QR code encodes. */
    public String pathSegment() {
        return pathSegment;
    }

    /** The owner in plain words, for messages. */
    public String noun() {
        return noun;
    }
}
