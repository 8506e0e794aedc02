package org.liaison.bulk;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;
import java.util.function.Function;

/**
 * What importing a file would do, worked out against the database inside the import's transaction:
 * the rows' errors that need the database to see (unknown parent, inactive deputy ...), the counts, and
 * the writes that carry it out.
 */
record ImportPlan(List<RowError> errors, int created, int updated, int unchanged, int removed,
                  Function<SqlConnection, Uni<Void>> writes) {
}
