package org.liaison.bulk;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.liaison.deputy.DeputyLevel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Deputies by code. A row with active=false deactivates the deputy; nothing is ever deleted. */
@ApplicationScoped
class DeputyImport implements SheetImport<DeputyRow> {

    private static final String STORED = "select id, external_code, name, level, constituency, title, biography, photo_url,"
            + " phone, topics, active from deputy where external_code = any($1)";
    private static final String INSERT = "insert into deputy (name, level, constituency, title, biography, photo_url, phone,"
            + " topics, active, external_code) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)";
    private static final String UPDATE = "update deputy set name = $2, level = $3, constituency = $4, title = $5,"
            + " biography = $6, photo_url = $7, phone = $8, topics = $9, active = $10, updated_at = now(),"
            + " version = version + 1 where id = $1";

    private record Stored(long id, DeputyRow state) {
    }

    private final Validator validator;

    DeputyImport(Validator validator) {
        this.validator = validator;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DEPUTIES;
    }

    @Override
    public DeputyRow read(Sheet.Row row, List<RowError> errors) {
        return DeputyRow.read(row, validator, errors);
    }

    @Override
    public Uni<ImportPlan> plan(SqlConnection connection, List<DeputyRow> read) {
        List<RowError> errors = new ArrayList<>();
        List<DeputyRow> rows = Batches.firstOfEach(read, DeputyRow::code, DeputyRow::row, "code", errors);
        return Batches.byCode(connection, STORED, rows.stream().map(DeputyRow::code).toList(),
                row -> row.getString("external_code"), DeputyImport::stored).map(stored -> plan(rows, stored, errors));
    }

    private static ImportPlan plan(List<DeputyRow> rows, Map<String, Stored> stored, List<RowError> errors) {
        List<Tuple> inserts = new ArrayList<>();
        List<Tuple> updates = new ArrayList<>();
        int unchanged = 0;
        for (DeputyRow row : rows) {
            Stored existing = stored.get(row.code());
            if (existing == null) {
                inserts.add(values(Tuple.tuple(), row).addString(row.code()));
            } else if (existing.state().equals(row.state())) {
                unchanged++;
            } else {
                updates.add(values(Tuple.of(existing.id()), row));
            }
        }
        return new ImportPlan(errors, inserts.size(), updates.size(), unchanged, 0,
                connection -> Batches.run(connection, INSERT, inserts).chain(() -> Batches.run(connection, UPDATE, updates)));
    }

    private static Tuple values(Tuple tuple, DeputyRow row) {
        return tuple.addString(row.name()).addString(row.level().name()).addString(row.constituency()).addString(row.title())
                .addString(row.biography()).addString(row.photoUrl()).addString(row.phone()).addString(row.topics())
                .addBoolean(row.active());
    }

    private static Stored stored(Row row) {
        return new Stored(row.getLong("id"), new DeputyRow(0, row.getString("external_code"), row.getString("name"),
                DeputyLevel.valueOf(row.getString("level")), row.getString("constituency"), row.getString("title"),
                row.getString("biography"), row.getString("photo_url"), row.getString("phone"), row.getString("topics"),
                row.getBoolean("active")));
    }
}
