package org.liaison.bulk;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** SQL helpers of the imports: one pipelined batch per statement, and reads keyed by code in chunks. */
final class Batches {

    /** Codes per lookup: well under PostgreSQL's limits, few round trips for 10,000 rows. */
    private static final int CHUNK = 5_000;

    private Batches() {
    }

    /** Runs the statement once per tuple in one batch; nothing when there are none. */
    static Uni<Void> run(SqlConnection connection, String sql, List<Tuple> tuples) {
        if (tuples.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return connection.preparedQuery(sql).executeBatch(tuples).replaceWithVoid();
    }

    /** Rows of {@code sql} (whose only parameter is a text[] of codes), keyed, for all codes in chunks. */
    static <T> Uni<Map<String, T>> byCode(SqlConnection connection, String sql, Collection<String> codes,
                                          Function<Row, String> key, Function<Row, T> value) {
        List<String> all = new ArrayList<>(codes);
        Uni<Map<String, T>> result = Uni.createFrom().item(new HashMap<>());
        for (int from = 0; from < all.size(); from += CHUNK) {
            String[] chunk = all.subList(from, Math.min(all.size(), from + CHUNK)).toArray(String[]::new);
            result = result.chain(found -> connection.preparedQuery(sql).execute(Tuple.of(chunk)).map(rows -> {
                rows.forEach(row -> found.put(key.apply(row), value.apply(row)));
                return found;
            }));
        }
        return result;
    }

    /** The first row of each repeated key gets to stay; later ones get an error naming it. */
    static <R> List<R> firstOfEach(List<R> rows, Function<R, String> key, Function<R, Integer> rowNumber,
                                   String column, List<RowError> errors) {
        Map<String, Integer> seen = new HashMap<>();
        List<R> unique = new ArrayList<>(rows.size());
        for (R row : rows) {
            Integer first = seen.putIfAbsent(key.apply(row), rowNumber.apply(row));
            if (first == null) {
                unique.add(row);
            } else {
                errors.add(new RowError(rowNumber.apply(row), column, key.apply(row), "also on row " + first
                        + ": each appears once in a file", "与第 " + first + " 行重复：每项在文件中只能出现一次"));
            }
        }
        return unique;
    }
}
