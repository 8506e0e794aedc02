package org.liaison.open311;

import jakarta.enterprise.context.ApplicationScoped;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads (and, to move a case back in time, writes) the tables behind the Open311 answers, over JDBC. */
@ApplicationScoped
public class Open311Database {

    private final DataSource dataSource;

    Open311Database(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    long caseId(String trackingCode) {
        return number("select id from resident_case where tracking_code = ?", trackingCode);
    }

    long number(String sql, Object... args) {
        return ((Number) row(sql, args).values().iterator().next()).longValue();
    }

    String text(String sql, Object... args) {
        return String.valueOf(row(sql, args).values().iterator().next());
    }

    /** The first row, column label to value; fails when there is none. */
    Map<String, Object> row(String sql, Object... args) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, args);
             ResultSet rows = statement.executeQuery()) {
            if (!rows.next()) {
                throw new AssertionError("no row for " + sql);
            }
            Map<String, Object> row = new LinkedHashMap<>();
            for (int i = 1; i <= rows.getMetaData().getColumnCount(); i++) {
                row.put(rows.getMetaData().getColumnLabel(i), rows.getObject(i));
            }
            return row;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    int update(String sql, Object... args) {
        try (Connection connection = dataSource.getConnection(); PreparedStatement statement = prepare(connection, sql, args)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PreparedStatement prepare(Connection connection, String sql, Object... args) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < args.length; i++) {
            statement.setObject(i + 1, args[i]);
        }
        return statement;
    }
}
