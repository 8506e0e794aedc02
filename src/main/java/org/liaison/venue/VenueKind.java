package org.liaison.venue;

/** The three kinds of liaison venue (家站点), nested HOME → STATION → POINT. */
public enum VenueKind {
    /** 代表之家, a deputy home: the root of a hierarchy. */
    HOME,
    /** 代表联络站, a liaison station under a home. */
    STATION,
    /** 代表联系点, a contact point under a station. */
    POINT;

    /** The kind a parent of this kind must have, or null when this kind has no parent. */
    public VenueKind requiredParent() {
        return switch (this) {
            case HOME -> null;
            case STATION -> HOME;
            case POINT -> STATION;
        };
    }
}
