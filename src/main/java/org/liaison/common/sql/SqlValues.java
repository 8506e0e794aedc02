package org.liaison.common.sql;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Column values read through either kind of {@link TxStatements}, whose drivers map a few types differently. */
public final class SqlValues {

    private SqlValues() {
    }

    public static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof OffsetDateTime at ? at.toInstant() : (Instant) value;
    }

    public static Long longOrNull(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    public static int integer(Object value) {
        return value == null ? 0 : ((Number) value).intValue();
    }

    /** What the Vert.x client sends for a value Hibernate would bind: instants as UTC timestamps, enums by name. */
    static Object bindable(Object value) {
        if (value instanceof Instant at) {
            return OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
        }
        if (value instanceof Enum<?> constant) {
            return constant.name();
        }
        return value;
    }
}
