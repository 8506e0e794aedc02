package org.liaison.common.sql;

import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A named-parameter statement as PostgreSQL's wire protocol takes it: {@code :name} becomes {@code $n} (the same
 * name the same n), skipping string literals, quoted identifiers and {@code ::} casts. Values are bound as
 * {@link SqlValues} sends them (instants as UTC timestamps, enums by name).
 */
public record PositionalSql(String sql, List<String> names) {

    private static final Map<String, PositionalSql> PARSED = new ConcurrentHashMap<>();

    /** Parsed once per SQL text: for the fixed statements of the write paths. */
    static PositionalSql of(String sql) {
        return PARSED.computeIfAbsent(sql, PositionalSql::parse);
    }

    /** The values in the order of the positions; every name needs one. */
    public Tuple tuple(Map<String, Object> values) {
        List<Object> ordered = new ArrayList<>(names.size());
        for (String name : names) {
            if (!values.containsKey(name)) {
                throw new IllegalArgumentException("No value for :" + name + " in " + sql);
            }
            ordered.add(SqlValues.bindable(values.get(name)));
        }
        return Tuple.from(ordered);
    }

    /** Parsed every time, not remembered: for SQL built per request (statistics questions). */
    public static PositionalSql parse(String sql) {
        StringBuilder out = new StringBuilder(sql.length());
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int i = 0;
        while (i < sql.length()) {
            char c = sql.charAt(i);
            if (c == '\'' || c == '"') {
                int end = closing(sql, i, c);
                out.append(sql, i, end);
                i = end;
            } else if (c == ':' && i + 1 < sql.length() && sql.charAt(i + 1) == ':') {
                out.append("::");
                i += 2;
            } else if (c == ':' && i + 1 < sql.length() && Character.isJavaIdentifierStart(sql.charAt(i + 1))) {
                int end = i + 1;
                while (end < sql.length() && Character.isJavaIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                String name = sql.substring(i + 1, end);
                out.append('$').append(numbers.computeIfAbsent(name, n -> numbers.size() + 1));
                i = end;
            } else {
                out.append(c);
                i++;
            }
        }
        return new PositionalSql(out.toString(), List.copyOf(numbers.keySet()));
    }

    /** The index after the literal opened at {@code start}; a doubled quote stays inside it. */
    private static int closing(String sql, int start, char quote) {
        int i = start + 1;
        while (i < sql.length()) {
            if (sql.charAt(i) == quote) {
                if (i + 1 < sql.length() && sql.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return sql.length();
    }
}
