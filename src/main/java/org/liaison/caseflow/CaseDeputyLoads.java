package org.liaison.caseflow;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.routing.DeputyLoads;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routing's questions about deputies' loads, answered from deputy_load: one row per deputy, changed in the case's
 * transaction by every assignment (here), and every release and closure (CaseWorkflow), so a read is a primary-key
 * lookup however long the deputy's history.
 */
@ApplicationScoped
class CaseDeputyLoads implements DeputyLoads {

    /** Every deputy has its row (a trigger adds it with the deputy). */
    private static final String ADD = "update deputy_load set open_cases = open_cases + 1, last_assigned_at = :at"
            + " where deputy_id = :id";

    @Override
    public Uni<Map<Long, Load>> of(Collection<Long> deputyIds) {
        if (deputyIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select deputy_id, open_cases, last_assigned_at from deputy_load where deputy_id in (:ids)", Object[].class)
                .setParameter("ids", deputyIds)
                .getResultList())
                .map(CaseDeputyLoads::loads);
    }

    @Override
    public Uni<Map<Long, Load>> lock(Collection<Long> deputyIds) {
        if (deputyIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select deputy_id, open_cases, last_assigned_at from deputy_load where deputy_id in (:ids)"
                                + " order by deputy_id for update", Object[].class)
                .setParameter("ids", deputyIds)
                .getResultList())
                .map(CaseDeputyLoads::loads);
    }

    @Override
    public Uni<Void> add(long deputyId, Instant at) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(ADD)
                .setParameter("id", deputyId)
                .setParameter("at", at)
                .executeUpdate()).replaceWithVoid();
    }

    @Override
    public Uni<Void> release(long deputyId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "update deputy_load set open_cases = open_cases - 1 where deputy_id = :id")
                .setParameter("id", deputyId)
                .executeUpdate()).replaceWithVoid();
    }

    private static Map<Long, Load> loads(List<Object[]> rows) {
        Map<Long, Load> loads = new HashMap<>();
        for (Object[] row : rows) {
            loads.put(((Number) row[0]).longValue(), new Load(((Number) row[1]).intValue(), instant(row[2])));
        }
        return loads;
    }

    private static Instant instant(Object value) {
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
