package org.liaison.account;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.duty.Duty;
import org.liaison.venue.Venue;

import java.util.List;

/** The active venues a deputy serves, each with the duty that says when. */
@ApplicationScoped
public class ServedVenues {

    /** A duty and its venue, read together. */
    public record Row(Duty duty, Venue venue) {
    }

    private static final String QUERY = "select d, v from Duty d join Venue v on v.id = d.venueId"
            + " where d.deputyId = :deputyId and v.active = true order by v.name, v.id";

    @WithSession
    public Uni<List<Row>> of(long deputyId) {
        return Panache.getSession().chain(session -> session.createSelectionQuery(QUERY, Object[].class)
                        .setParameter("deputyId", deputyId)
                        .getResultList())
                .map(rows -> rows.stream().map(row -> new Row((Duty) row[0], (Venue) row[1])).toList());
    }
}
