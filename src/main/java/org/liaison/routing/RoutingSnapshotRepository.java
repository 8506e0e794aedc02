package org.liaison.routing;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.deputy.Deputy;
import org.liaison.duty.Duty;

import java.util.Collection;
import java.util.List;

/**
 * The duties of a venue chain with their deputies, in one query: routing runs inside a submission's transaction,
 * where every round trip counts, so it does not ask per venue and then again per deputy.
 */
@ApplicationScoped
class RoutingSnapshotRepository {

    /** One duty and the deputy who serves it. */
    record Staffed(Duty duty, Deputy deputy) {
    }

    private static final String STAFFED = "select d, p from Duty d join Deputy p on p.id = d.deputyId"
            + " where d.venueId in :venueIds order by d.id";

    /** The duties at these venues (by duty id), each with its deputy. */
    Uni<List<Staffed>> staffed(Collection<Long> venueIds) {
        return Panache.getSession().flatMap(session -> session.createSelectionQuery(STAFFED, Object[].class)
                        .setParameter("venueIds", venueIds)
                        .getResultList())
                .map(rows -> rows.stream().map(row -> new Staffed((Duty) row[0], (Deputy) row[1])).toList());
    }
}
