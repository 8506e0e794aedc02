package org.liaison.bulk;

import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Blocking;
import org.liaison.common.problem.Problem;
import org.liaison.common.problem.ProblemException;

import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports a spreadsheet all or nothing: rows are read and checked on a worker as they stream in, then planned
 * and written in one database transaction. Any bad row, whether the file itself shows it or the database
 * does (an unknown parent code), rejects the whole file with every bad row listed, and nothing changes.
 */
@ApplicationScoped
public class ImportService {

    private final Pool pool;
    private final BulkConfig config;
    private final Map<ImportKind, SheetImport<?>> imports;

    ImportService(Pool pool, BulkConfig config, VenueImport venues, DeputyImport deputies, DutyImport duties) {
        this.pool = pool;
        this.config = config;
        this.imports = Map.of(ImportKind.VENUES, venues, ImportKind.DEPUTIES, deputies, ImportKind.DUTIES, duties);
    }

    /** A file read and checked row by row. */
    private record Read<R>(Sheet.Outcome outcome, List<R> rows, List<RowError> errors) {
    }

    public Uni<ImportResult> importSheet(ImportKind kind, InputStream body, String charsetName, boolean dryRun) {
        return importSheet(imports.get(kind), body, charsetName, dryRun);
    }

    private <R> Uni<ImportResult> importSheet(SheetImport<R> sheet, InputStream body, String charsetName, boolean dryRun) {
        Optional<Charset> charset;
        try {
            charset = SheetCharset.named(charsetName);
        } catch (IllegalArgumentException e) {
            return Uni.createFrom().failure(ProblemException.invalid("charset", "is not an encoding this service knows; "
                    + "use UTF-8 or GB18030"));
        }
        return Blocking.run(() -> read(sheet, body, charset)).chain(read -> {
            if (!read.outcome().errors().isEmpty()) {
                return Uni.createFrom().failure(rejected(sheet.kind(), read.outcome(), read.outcome().errors()));
            }
            return pool.withTransaction(connection -> sheet.plan(connection, read.rows()).chain(plan -> {
                List<RowError> errors = new ArrayList<>(read.errors());
                errors.addAll(plan.errors());
                if (!errors.isEmpty()) {
                    return Uni.createFrom().failure(rejected(sheet.kind(), read.outcome(), errors));
                }
                ImportResult result = new ImportResult(sheet.kind().segment(), dryRun, read.outcome().charset().name(),
                        read.outcome().rows(), plan.created(), plan.updated(), plan.unchanged(), plan.removed());
                return dryRun ? Uni.createFrom().item(result) : plan.writes().apply(connection).replaceWith(result);
            })).invoke(result -> Log.infof("Import of %s%s: %d rows, %d created, %d updated, %d unchanged, %d removed",
                    result.kind(), dryRun ? " (dry run)" : "", result.rows(), result.created(), result.updated(),
                    result.unchanged(), result.removed()));
        });
    }

    private <R> Read<R> read(SheetImport<R> sheet, InputStream body, Optional<Charset> charset) {
        List<R> rows = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        Sheet.Outcome outcome = Sheet.read(body, charset, sheet.kind().columns(), config.maxRows(), row -> {
            R item = sheet.read(row, errors);
            if (item != null) {
                rows.add(item);
            }
        });
        return new Read<>(outcome, rows, errors);
    }

    private ProblemException rejected(ImportKind kind, Sheet.Outcome outcome, List<RowError> errors) {
        List<RowError> sorted = errors.stream().sorted(RowError.IN_SHEET_ORDER).toList();
        long badRows = sorted.stream().mapToInt(RowError::row).distinct().count();
        List<RowError> listed = sorted.subList(0, Math.min(sorted.size(), config.maxListedErrors()));
        List<Problem.FieldError> fields = listed.stream().map(error -> new Problem.FieldError(
                "row " + error.row() + (error.column() == null ? "" : ", " + error.column()), error.reason())).toList();
        String detail = (badRows == 1 ? "1 row has" : badRows + " rows have") + " errors (" + sorted.size()
                + " in all); nothing was imported. 共 " + badRows + " 行有错误，未导入任何数据。";
        return new ProblemException(400, "import-rejected", "The file was not imported", detail, fields,
                Map.of("kind", kind.segment(), "charset", outcome.charset().name(), "errorCount", sorted.size(),
                        "rowErrors", listed), null);
    }
}
