package org.liaison.bulk;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import org.liaison.venue.VenueKind;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Venues by code, parents by their code. The tree rules of {@link org.liaison.venue.VenueHierarchy} hold
 * for the state after the import: a STATION under a HOME, a POINT under a STATION, an active venue under an
 * active parent, and no venue deactivated (or re-kinded) while venues outside the file still hang under it.
 */
@ApplicationScoped
class VenueImport implements SheetImport<VenueRow> {

    private static final String STORED = "select v.id, v.kind, p.external_code as parent_code, v.name, v.region, v.address,"
            + " v.latitude, v.longitude, v.opening_hours, v.active, v.external_code from venue v"
            + " left join venue p on p.id = v.parent_id where v.external_code = any($1)";
    private static final String CHILDREN = "select c.id, c.kind, c.active, p.external_code as parent_code from venue c"
            + " join venue p on p.id = c.parent_id where p.external_code = any($1)"
            + " and (c.external_code is null or not (c.external_code = any($1)))";
    private static final String INSERT = "insert into venue (kind, parent_id, name, region, address, latitude, longitude,"
            + " opening_hours, active, external_code) values ($1, (select id from venue where external_code = $2),"
            + " $3, $4, $5, $6, $7, $8, $9, $10)";
    private static final String UPDATE = "update venue set kind = $2, parent_id = (select id from venue where external_code = $3),"
            + " name = $4, region = $5, address = $6, latitude = $7, longitude = $8, opening_hours = $9, active = $10,"
            + " updated_at = now(), version = version + 1 where id = $1";

    private record Stored(long id, VenueRow state) {
    }

    private record Child(VenueKind kind, boolean active, String parentCode) {
    }

    private final Validator validator;

    VenueImport(Validator validator) {
        this.validator = validator;
    }

    @Override
    public ImportKind kind() {
        return ImportKind.VENUES;
    }

    @Override
    public VenueRow read(Sheet.Row row, List<RowError> errors) {
        return VenueRow.read(row, validator, errors);
    }

    @Override
    public Uni<ImportPlan> plan(SqlConnection connection, List<VenueRow> read) {
        List<RowError> errors = new ArrayList<>();
        List<VenueRow> rows = Batches.firstOfEach(read, VenueRow::code, VenueRow::row, "code", errors);
        Map<String, VenueRow> inFile = rows.stream().collect(Collectors.toMap(VenueRow::code, Function.identity()));
        Set<String> codes = new HashSet<>(inFile.keySet());
        rows.stream().map(VenueRow::parentCode).filter(Objects::nonNull).forEach(codes::add);
        return Batches.byCode(connection, STORED, codes, row -> row.getString("external_code"), VenueImport::stored)
                .chain(stored -> children(connection, inFile.keySet()).map(children -> {
                    for (VenueRow row : rows) {
                        check(row, inFile, stored, children.getOrDefault(row.code(), List.of()), errors);
                    }
                    return plan(rows, stored, errors);
                }));
    }

    private Uni<Map<String, List<Child>>> children(SqlConnection connection, Set<String> codes) {
        return Batches.byCode(connection, CHILDREN, codes, row -> String.valueOf(row.getLong("id")),
                        row -> new Child(VenueKind.valueOf(row.getString("kind")), row.getBoolean("active"), row.getString("parent_code")))
                .map(found -> found.values().stream().collect(Collectors.groupingBy(Child::parentCode)));
    }

    private static void check(VenueRow row, Map<String, VenueRow> inFile, Map<String, Stored> stored, List<Child> children,
                              List<RowError> errors) {
        VenueKind required = row.kind().requiredParent();
        if (required == null && row.parentCode() != null) {
            errors.add(error(row, "parent_code", row.parentCode(), "a HOME is the root of its hierarchy and has no parent",
                    "代表之家是最上级，不能有上级"));
        } else if (required != null && row.parentCode() == null) {
            errors.add(error(row, "parent_code", null, "a " + row.kind() + " needs a parent " + required,
                    row.kind() == VenueKind.STATION ? "代表联络站须有上级代表之家" : "代表联系点须有上级代表联络站"));
        } else if (required != null) {
            VenueRow parent = inFile.containsKey(row.parentCode()) ? inFile.get(row.parentCode())
                    : stored.containsKey(row.parentCode()) ? stored.get(row.parentCode()).state() : null;
            if (parent == null) {
                errors.add(error(row, "parent_code", row.parentCode(), "no venue has this code, in this file or stored",
                        "文件和系统中都没有这个编码的场所"));
            } else if (parent.kind() != required) {
                errors.add(error(row, "parent_code", row.parentCode(), "the parent of a " + row.kind() + " must be a "
                        + required + ", but " + row.parentCode() + " is a " + parent.kind(), "上级场所类型不对"));
            } else if (row.active() && !parent.active()) {
                errors.add(error(row, "parent_code", row.parentCode(), "the parent venue is inactive; an active venue needs an active parent",
                        "上级场所已停用，启用的场所须有启用的上级"));
            }
        }
        for (Child child : children) {
            if (child.kind().requiredParent() != row.kind()) {
                errors.add(error(row, "kind", row.kind().name(), "venues outside this file hang under it and need a parent "
                        + child.kind().requiredParent(), "有不在本文件中的下级场所，类型不能改"));
                return;
            }
            if (!row.active() && child.active()) {
                errors.add(error(row, "active", "false", "active venues outside this file still hang under it",
                        "仍有不在本文件中的启用下级场所，不能停用"));
                return;
            }
        }
    }

    private static ImportPlan plan(List<VenueRow> rows, Map<String, Stored> stored, List<RowError> errors) {
        // parents are looked up by code as rows are written, so homes go first, then stations, then points
        List<List<Tuple>> inserts = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        List<Tuple> updates = new ArrayList<>();
        int unchanged = 0;
        for (VenueRow row : rows) {
            Stored existing = stored.get(row.code());
            if (existing == null) {
                inserts.get(row.kind().ordinal()).add(values(Tuple.tuple(), row).addString(row.code()));
            } else if (existing.state().equals(row.state())) {
                unchanged++;
            } else {
                updates.add(values(Tuple.of(existing.id()), row));
            }
        }
        int created = inserts.stream().mapToInt(List::size).sum();
        return new ImportPlan(errors, created, updates.size(), unchanged, 0, connection -> Batches.run(connection, INSERT, inserts.get(0))
                .chain(() -> Batches.run(connection, INSERT, inserts.get(1)))
                .chain(() -> Batches.run(connection, INSERT, inserts.get(2)))
                .chain(() -> Batches.run(connection, UPDATE, updates)));
    }

    private static Tuple values(Tuple tuple, VenueRow row) {
        return tuple.addString(row.kind().name()).addString(row.parentCode()).addString(row.name())
                .addString(row.region()).addString(row.address()).addDouble(row.latitude()).addDouble(row.longitude())
                .addString(row.openingHours()).addBoolean(row.active());
    }

    private static Stored stored(Row row) {
        return new Stored(row.getLong("id"), new VenueRow(0, row.getString("external_code"), VenueKind.valueOf(row.getString("kind")),
                row.getString("parent_code"), row.getString("name"), row.getString("region"), row.getString("address"),
                row.getDouble("latitude"), row.getDouble("longitude"), row.getString("opening_hours"), row.getBoolean("active")));
    }

    private static RowError error(VenueRow row, String column, String value, String reason, String reasonZh) {
        return new RowError(row.row(), column, value, reason, reasonZh);
    }
}
