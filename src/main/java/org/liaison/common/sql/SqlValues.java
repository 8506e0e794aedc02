package org.liaison.common.sql;

import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

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

    /** Each row as an array of its column values, as either kind of {@link TxStatements} answers a query. */
    public static List<Object[]> arrays(RowSet<Row> rows) {
        List<Object[]> arrays = new ArrayList<>(rows.size());
        for (Row row : rows) {
            Object[] values = new Object[row.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = row.getValue(i);
            }
            arrays.add(values);
        }
        return arrays;
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
