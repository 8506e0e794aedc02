package org.liaison.bulk;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.duty.RuleKind;
import org.liaison.duty.calendar.ContactDayRules;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Duties by venue code and deputy code, one per pair as the API allows. A row with active=false ends the
 * duty (duties have no history of their own to keep); an active duty needs an active deputy.
 */
@ApplicationScoped
class DutyImport implements SheetImport<DutyRow> {

    private static final String VENUES = "select id, external_code from venue where external_code = any($1)";
    private static final String DEPUTIES = "select id, external_code, active from deputy where external_code = any($1)";
    private static final String STORED = "select d.id, v.external_code as venue_code, p.external_code as deputy_code,"
            + " d.rule_kind, d.week_ordinal, d.weekdays, d.dates, d.starts_at, d.ends_at from duty d"
            + " join venue v on v.id = d.venue_id join deputy p on p.id = d.deputy_id where v.external_code = any($1)";
    private static final String INSERT = "insert into duty (venue_id, deputy_id, rule_kind, week_ordinal, weekdays, dates,"
            + " starts_at, ends_at) values ($1, $2, $3, $4, $5, $6, $7, $8)";
    private static final String UPDATE = "update duty set rule_kind = $2, week_ordinal = $3, weekdays = $4, dates = $5,"
            + " starts_at = $6, ends_at = $7, updated_at = now(), version = version + 1 where id = $1";
    private static final String DELETE = "delete from duty where id = $1";

    private record Deputy(long id, boolean active) {
    }

    private record Stored(long id, DutyRow state) {
    }

    @Override
    public ImportKind kind() {
        return ImportKind.DUTIES;
    }

    @Override
    public DutyRow read(Sheet.Row row, List<RowError> errors) {
        return DutyRow.read(row, errors);
    }

    @Override
    public Uni<ImportPlan> plan(SqlConnection connection, List<DutyRow> read) {
        List<RowError> errors = new ArrayList<>();
        List<DutyRow> rows = Batches.firstOfEach(read, row -> row.venueCode() + "\u0000" + row.deputyCode(), DutyRow::row,
                "deputy_code", errors);
        Set<String> venueCodes = rows.stream().map(DutyRow::venueCode).collect(Collectors.toSet());
        Set<String> deputyCodes = rows.stream().map(DutyRow::deputyCode).collect(Collectors.toSet());
        return Batches.byCode(connection, VENUES, venueCodes, row -> row.getString("external_code"), row -> row.getLong("id"))
                .chain(venues -> Batches.byCode(connection, DEPUTIES, deputyCodes, row -> row.getString("external_code"),
                                row -> new Deputy(row.getLong("id"), row.getBoolean("active")))
                        .chain(deputies -> Batches.byCode(connection, STORED, venueCodes,
                                        row -> row.getString("venue_code") + "\u0000" + row.getString("deputy_code"), DutyImport::stored)
                                .map(stored -> plan(rows, venues, deputies, stored, errors))));
    }

    private static ImportPlan plan(List<DutyRow> rows, Map<String, Long> venues, Map<String, Deputy> deputies,
                                   Map<String, Stored> stored, List<RowError> errors) {
        List<Tuple> inserts = new ArrayList<>();
        List<Tuple> updates = new ArrayList<>();
        List<Tuple> deletes = new ArrayList<>();
        int unchanged = 0;
        for (DutyRow row : rows) {
            Long venue = venues.get(row.venueCode());
            Deputy deputy = deputies.get(row.deputyCode());
            if (venue == null) {
                errors.add(new RowError(row.row(), "venue_code", row.venueCode(), "no venue has this code", "系统中没有这个编码的场所"));
            }
            if (deputy == null) {
                errors.add(new RowError(row.row(), "deputy_code", row.deputyCode(), "no deputy has this code", "系统中没有这个编码的代表"));
            } else if (row.active() && !deputy.active()) {
                errors.add(new RowError(row.row(), "deputy_code", row.deputyCode(), "the deputy is inactive", "该代表已停用"));
            }
            if (venue == null || deputy == null || (row.active() && !deputy.active())) {
                continue;
            }
            Stored existing = stored.get(row.venueCode() + "\u0000" + row.deputyCode());
            if (!row.active()) {
                if (existing == null) {
                    unchanged++;
                } else {
                    deletes.add(Tuple.of(existing.id()));
                }
            } else if (existing == null) {
                inserts.add(rule(Tuple.of(venue, deputy.id()), row));
            } else if (existing.state().equals(row.state())) {
                unchanged++;
            } else {
                updates.add(rule(Tuple.of(existing.id()), row));
            }
        }
        return new ImportPlan(errors, inserts.size(), updates.size(), unchanged, deletes.size(),
                connection -> Batches.run(connection, DELETE, deletes)
                        .chain(() -> Batches.run(connection, INSERT, inserts))
                        .chain(() -> Batches.run(connection, UPDATE, updates)));
    }

    private static Tuple rule(Tuple tuple, DutyRow row) {
        ContactDayRules.Columns rule = row.rule();
        return tuple.addString(rule.kind().name()).addShort(rule.weekOrdinal()).addString(rule.weekdays())
                .addString(rule.dates()).addLocalTime(row.startsAt()).addLocalTime(row.endsAt());
    }

    private static Stored stored(Row row) {
        ContactDayRules.Columns rule = new ContactDayRules.Columns(RuleKind.valueOf(row.getString("rule_kind")),
                row.getShort("week_ordinal"), row.getString("weekdays"), row.getString("dates"));
        LocalTime startsAt = row.getLocalTime("starts_at");
        return new Stored(row.getLong("id"), new DutyRow(0, row.getString("venue_code"), row.getString("deputy_code"),
                rule, startsAt, row.getLocalTime("ends_at"), true));
    }
}
