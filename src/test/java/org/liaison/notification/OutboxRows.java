package org.liaison.notification;

import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The outbox rows of one case, straight from the table, for assertions. */
final class OutboxRows {

    private OutboxRows() {
    }

    static List<Map<String, Object>> of(Pool pool, String trackingCode) {
        return query(pool, "select * from notification where tracking_code = $1 order by id", trackingCode);
    }

    static List<Map<String, Object>> query(Pool pool, String sql, Object... arguments) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (Row row : pool.preparedQuery(sql).execute(Tuple.from(arguments)).await().atMost(Duration.ofSeconds(10))) {
            Map<String, Object> values = new HashMap<>();
            for (int i = 0; i < row.size(); i++) {
                values.put(row.getColumnName(i), row.getValue(i));
            }
            result.add(values);
        }
        return result;
    }

    static void update(Pool pool, String sql, Object... arguments) {
        pool.preparedQuery(sql).execute(Tuple.from(arguments)).await().atMost(Duration.ofSeconds(10));
    }
}
