package org.liaison.caseflow.handling;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;
import org.liaison.caseflow.ResidentCase;
import org.liaison.caseflow.lifecycle.CaseStatus;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The queries of the work lists: polling feeds, the administrators' list, who may read a case. */
@ApplicationScoped
@WithSession
public class CaseWorkRepository implements PanacheRepository<ResidentCase> {

    /** A case with the time of its latest event. */
    public record Changed(ResidentCase residentCase, Instant changedAt) {
    }

    private static final String WITH_LAST_EVENT = "select c, e.createdAt from ResidentCase c"
            + " join CaseEvent e on e.id = c.lastEventId where ";

    /** The scope's cases changed after {@code since}, oldest change first, at most {@code limit}. */
    public Uni<List<Changed>> changedSince(FeedScope scope, long since, Set<CaseStatus> statuses, int limit) {
        String where = scope.condition() + " and c.lastEventId > :since"
                + (statuses.isEmpty() ? "" : " and c.status in (:statuses)");
        return getSession().flatMap(session -> {
            Mutiny.SelectionQuery<Object[]> query = session
                    .createSelectionQuery(WITH_LAST_EVENT + where + " order by c.lastEventId", Object[].class)
                    .setParameter("since", since)
                    .setMaxResults(limit);
            if (scope.usesOwnerParameter()) {
                query.setParameter("owner", scope.ownerId());
            }
            if (!statuses.isEmpty()) {
                query.setParameter("statuses", statuses);
            }
            return query.getResultList();
        }).map(CaseWorkRepository::changed);
    }

    /**
     * Cases that changed after {@code since} and that the deputy held once but holds no more. The candidates are
     * the cases of the deputy's own events (case_event_deputy_idx), so the cost follows the deputy's history and
     * never the whole event table, however old the cursor ({@code ?since=1}). Parameters :since, :deputy, :limit.
     */
    static final String RELEASED = "select c.id from resident_case c"
            + " where c.id in (select p.case_id from case_event p where p.deputy_id = :deputy)"
            + " and c.last_event_id > :since and (c.assigned_deputy_id is null or c.assigned_deputy_id <> :deputy)"
            + " order by c.id limit :limit";

    public Uni<List<Long>> releasedFrom(long deputyId, long since, int limit) {
        return getSession().flatMap(session -> session.createNativeQuery(RELEASED, Long.class)
                .setParameter("since", since)
                .setParameter("deputy", deputyId)
                .setParameter("limit", limit)
                .getResultList());
    }

    /** True when the case is, or once was, referred to the department. */
    public Uni<Boolean> everReferredTo(long caseId, long departmentId) {
        return getSession().flatMap(session -> session.createSelectionQuery(
                        "select count(r) from Referral r where r.caseId = :caseId and r.departmentId = :department", Long.class)
                .setParameter("caseId", caseId)
                .setParameter("department", departmentId)
                .getSingleResult())
                .map(count -> count > 0);
    }

    /** One page of cases matching the filter, latest change first. */
    public Uni<Page<Changed>> search(AdminCaseFilter filter, CaseStatus status, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        conditions.add("1 = 1");
        if (status != null) {
            conditions.add("c.status = :status");
            parameters.put("status", status);
        }
        if (filter.venueId != null) {
            conditions.add("c.venueId = :venueId");
            parameters.put("venueId", filter.venueId);
        }
        if (filter.deputyId != null) {
            conditions.add("c.assignedDeputyId = :deputyId");
            parameters.put("deputyId", filter.deputyId);
        }
        if (Boolean.TRUE.equals(filter.queue)) {
            conditions.add(FeedScope.administratorsQueue().condition());
        } else if (Boolean.FALSE.equals(filter.queue)) {
            conditions.add("c.assignedDeputyId is not null");
        }
        if (filter.overdue != null) {
            conditions.add("c.overdue = :overdue");
            parameters.put("overdue", filter.overdue);
        }
        String where = String.join(" and ", conditions);
        return getSession().flatMap(session -> {
            Mutiny.SelectionQuery<Long> count = session.createSelectionQuery(
                    "select count(c) from ResidentCase c where " + where, Long.class);
            Mutiny.SelectionQuery<Object[]> rows = session.createSelectionQuery(
                            WITH_LAST_EVENT + where + " order by c.lastEventId desc", Object[].class)
                    .setFirstResult(page.page * page.size)
                    .setMaxResults(page.size);
            parameters.forEach((name, value) -> {
                count.setParameter(name, value);
                rows.setParameter(name, value);
            });
            return count.getSingleResult().flatMap(total -> rows.getResultList()
                    .map(found -> new Page<>(changed(found), page.page, page.size, total)));
        });
    }

    private static List<Changed> changed(List<Object[]> rows) {
        return rows.stream().map(row -> new Changed((ResidentCase) row[0], (Instant) row[1])).toList();
    }
}
