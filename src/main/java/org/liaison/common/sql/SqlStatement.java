package org.liaison.common.sql;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One SQL statement with named parameters ({@code :name}), as Hibernate's native queries write them, so the same
 * statement runs in a Hibernate Reactive session or pipelined on a Vert.x connection ({@link TxStatements}).
 * Values may be null.
 */
public final class SqlStatement {

    private final String sql;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private SqlStatement(String sql) {
        this.sql = sql;
    }

    public static SqlStatement of(String sql) {
        return new SqlStatement(sql);
    }

    public SqlStatement set(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public String sql() {
        return sql;
    }

    public Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    @Override
    public String toString() {
        return sql;
    }
}
