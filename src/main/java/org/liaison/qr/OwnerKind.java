package org.liaison.qr;

/** What a public code leads to. */
public enum OwnerKind {
    /** A venue's code: {@code /v/{code}}. */
    VENUE,
    /** A deputy's personal code: {@code /d/{code}}. */
    DEPUTY
}
