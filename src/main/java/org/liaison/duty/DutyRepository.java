package org.liaison.duty;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
@WithSession
public class DutyRepository implements PanacheRepository<Duty> {

    /** A duty with its deputy's name and state, read together. */
    public record WithDeputy(Duty duty, String deputyName, boolean deputyActive) {
    }

    private static final String WITH_DEPUTIES = "select d, p.name, p.active from Duty d"
            + " join Deputy p on p.id = d.deputyId"
            + " where d.venueId = :venueId order by d.id";

    public Uni<List<WithDeputy>> listWithDeputies(Long venueId) {
        return getSession().flatMap(session -> session.createSelectionQuery(WITH_DEPUTIES, Object[].class)
                        .setParameter("venueId", venueId)
                        .getResultList())
                .map(rows -> rows.stream()
                        .map(row -> new WithDeputy((Duty) row[0], (String) row[1], (Boolean) row[2]))
                        .toList());
    }

    public Uni<List<Duty>> listByVenue(Long venueId) {
        return list("venueId", Sort.by("id"), venueId);
    }

    /** The duty only when it belongs to this venue, so a duty is never reached under another venue's path. */
    public Uni<Duty> findAtVenue(Long venueId, Long dutyId) {
        return find("id = ?1 and venueId = ?2", dutyId, venueId).firstResult();
    }

    public Uni<Duty> findByVenueAndDeputy(Long venueId, Long deputyId) {
        return find("venueId = ?1 and deputyId = ?2", venueId, deputyId).firstResult();
    }
}
