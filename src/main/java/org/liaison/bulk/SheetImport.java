package org.liaison.bulk;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.SqlConnection;

import java.util.List;

/** One kind of spreadsheet: how a row reads (pure, on a worker) and how the rows are planned against the database. */
interface SheetImport<R> {

    ImportKind kind();

    /** The row as a typed item, or null after adding its errors. */
    R read(Sheet.Row row, List<RowError> errors);

    /** The plan for rows that read well, within the import's transaction. */
    Uni<ImportPlan> plan(SqlConnection connection, List<R> rows);
}
