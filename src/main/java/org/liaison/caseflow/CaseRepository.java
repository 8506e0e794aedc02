package org.liaison.caseflow;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

@ApplicationScoped
@WithSession
public class CaseRepository implements PanacheRepository<ResidentCase> {

    public Uni<ResidentCase> findByTrackingCode(String trackingCode) {
        return find("trackingCode", trackingCode).firstResult();
    }

    /** Open (non-terminal) cases held by each of the deputies; deputies with none are absent. */
    public Uni<Map<Long, Integer>> openCasesByDeputy(Collection<Long> deputyIds) {
        if (deputyIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().flatMap(session -> session.createQuery(
                        "select c.assignedDeputyId, count(c) from ResidentCase c where c.assignedDeputyId in (:ids) "
                                + "and c.status not in (:terminal) group by c.assignedDeputyId", Object[].class)
                .setParameter("ids", deputyIds).setParameter("terminal", CaseStatus.TERMINAL)
                .getResultList())
                .map(rows -> {
                    Map<Long, Integer> counts = new HashMap<>();
                    rows.forEach(row -> counts.put((Long) row[0], ((Long) row[1]).intValue()));
                    return counts;
                });
    }

    /** When each deputy was last given a case it still holds; used to take turns fairly. */
    public Uni<Map<Long, Instant>> lastAssignedByDeputy(Collection<Long> deputyIds) {
        if (deputyIds.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return getSession().flatMap(session -> session.createQuery(
                        "select c.assignedDeputyId, max(c.assignedAt) from ResidentCase c "
                                + "where c.assignedDeputyId in (:ids) group by c.assignedDeputyId", Object[].class)
                .setParameter("ids", deputyIds)
                .getResultList())
                .map(rows -> {
                    Map<Long, Instant> last = new HashMap<>();
                    rows.forEach(row -> last.put((Long) row[0], (Instant) row[1]));
                    return last;
                });
    }
}
