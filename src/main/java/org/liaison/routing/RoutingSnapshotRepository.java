package org.liaison.routing;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.sql.SqlStatement;
import org.liaison.common.sql.SqlValues;
import org.liaison.common.sql.TxStatements;
import org.liaison.duty.calendar.ContactDayRules;
import org.liaison.duty.RuleKind;
import org.liaison.venue.VenueKind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The routing snapshot as four statements that need nothing from each other, so a pipelined transaction sends them
 * in one flight: the chain, its duties with their deputies, the personal deputy, and the load rows of all of them,
 * locked ({@code FOR UPDATE}, in deputy id order so two routers never deadlock) until the transaction ends. The
 * loads are kept equal to the open cases by a trigger on resident_case (V18), so reading one is a primary-key row
 * however long the deputy's history, and routing writes none.
 */
@ApplicationScoped
class RoutingSnapshotRepository {

    /** HOME → STATION → POINT: no chain is longer, so two self-joins reach the root. */
    private static final String CHAIN = "select v.id, v.name, v.kind, p.id, p.name, p.kind, g.id, g.name, g.kind"
            + " from venue v left join venue p on p.id = v.parent_id left join venue g on g.id = p.parent_id"
            + " where v.id = :venueId";

    private static final String CHAIN_IDS = "(select unnest(array[v.id, v.parent_id, p.parent_id]) from venue v"
            + " left join venue p on p.id = v.parent_id where v.id = :venueId)";

    private static final String STAFFED = "select d.venue_id, d.deputy_id, d.rule_kind, d.week_ordinal, d.weekdays,"
            + " d.dates, p.name, p.active, p.topics from duty d join deputy p on p.id = d.deputy_id"
            + " where d.venue_id in " + CHAIN_IDS + " order by d.id";

    private static final String PERSON = "select id, name, active, topics from deputy where id = :deputyId";

    private static final String LOADS = "select deputy_id, open_cases, last_assigned_at from deputy_load"
            + " where deputy_id in (select d.deputy_id from duty d where d.venue_id in " + CHAIN_IDS + ")"
            + " or deputy_id = cast(:personalId as bigint) order by deputy_id for update";

    Uni<RoutingSnapshot> read(TxStatements statements, long venueId, Long personalDeputyId) {
        Uni<List<Object[]>> chain = statements.query(SqlStatement.of(CHAIN).set("venueId", venueId));
        Uni<List<Object[]>> staffed = statements.query(SqlStatement.of(STAFFED).set("venueId", venueId));
        Uni<List<Object[]>> personal = personalDeputyId == null ? Uni.createFrom().item(List.of())
                : statements.query(SqlStatement.of(PERSON).set("deputyId", personalDeputyId));
        Uni<List<Object[]>> loads = statements.query(SqlStatement.of(LOADS).set("venueId", venueId)
                .set("personalId", personalDeputyId));
        return Uni.combine().all().unis(chain, staffed, personal, loads).with(RoutingSnapshotRepository::snapshot);
    }

    private static RoutingSnapshot snapshot(List<Object[]> chainRows, List<Object[]> staffedRows,
                                            List<Object[]> personalRows, List<Object[]> loadRows) {
        Map<Long, RoutingSnapshot.Person> deputies = new HashMap<>();
        Map<Long, List<RoutingSnapshot.DutyAt>> duties = new HashMap<>();
        for (Object[] row : staffedRows) {
            long deputyId = ((Number) row[1]).longValue();
            duties.computeIfAbsent(((Number) row[0]).longValue(), venue -> new ArrayList<>())
                    .add(new RoutingSnapshot.DutyAt(deputyId, new ContactDayRules.Columns(RuleKind.valueOf((String) row[2]),
                            row[3] == null ? null : ((Number) row[3]).shortValue(), (String) row[4], (String) row[5])));
            deputies.put(deputyId, new RoutingSnapshot.Person(deputyId, (String) row[6], (Boolean) row[7], (String) row[8]));
        }
        for (Object[] row : personalRows) {
            long id = ((Number) row[0]).longValue();
            deputies.putIfAbsent(id, new RoutingSnapshot.Person(id, (String) row[1], (Boolean) row[2], (String) row[3]));
        }
        List<RoutingSnapshot.ChainVenue> chain = new ArrayList<>(3);
        for (Object[] row : chainRows) {
            for (int i = 0; i < row.length && row[i] != null; i += 3) {
                long id = ((Number) row[i]).longValue();
                chain.add(new RoutingSnapshot.ChainVenue(id, (String) row[i + 1], VenueKind.valueOf((String) row[i + 2]),
                        List.copyOf(duties.getOrDefault(id, List.of()))));
            }
        }
        Map<Long, DeputyLoad> loads = new LinkedHashMap<>();
        for (Object[] row : loadRows) {
            loads.put(((Number) row[0]).longValue(), new DeputyLoad(SqlValues.integer(row[1]), SqlValues.instant(row[2])));
        }
        return new RoutingSnapshot(List.copyOf(chain), deputies, loads);
    }
}
