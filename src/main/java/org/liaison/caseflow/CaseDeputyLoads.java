package org.liaison.caseflow;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.FlushModeType;
import org.liaison.routing.DeputyLoads;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Routing's questions about deputies' loads, answered from deputy_load: one row per deputy, moved by a trigger on
 * resident_case (V18) in the very statement that assigns, hands on, closes or reopens a case, so a read is a
 * primary-key lookup however long the deputy's history, and no path into a case's state can leave it wrong.
 */
@ApplicationScoped
class CaseDeputyLoads implements DeputyLoads {

    @Override
    public Uni<Map<Long, Load>> lock(Collection<Long> deputyIds) {
        if (deputyIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select deputy_id, open_cases, last_assigned_at from deputy_load where deputy_id in (:ids)"
                                + " order by deputy_id for update", Object[].class)
                // deputy_load is not mapped: the case's pending changes need not be flushed first (one UPDATE later)
                .setFlushMode(FlushModeType.COMMIT)
                .setParameter("ids", deputyIds)
                .getResultList())
                .map(CaseDeputyLoads::loads);
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
