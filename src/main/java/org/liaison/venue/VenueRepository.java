package org.liaison.venue;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
@WithSession
public class VenueRepository implements PanacheRepository<Venue> {

    /** HOME → STATION → POINT: no chain is longer, so two self-joins reach the root. */
    private static final String CHAIN = "select v, p, g from Venue v"
            + " left join Venue p on p.id = v.parentId"
            + " left join Venue g on g.id = p.parentId"
            + " where v.id = :id";

    public Uni<Page<Venue>> search(VenueFilter filter, PageRequest page) {
        List<String> conditions = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.kindValue() != null) {
            conditions.add("kind = :kind");
            parameters.put("kind", filter.kindValue());
        }
        if (filter.parentId != null) {
            conditions.add("parentId = :parentId");
            parameters.put("parentId", filter.parentId);
        }
        if (filter.region != null && !filter.region.isBlank()) {
            conditions.add("region = :region");
            parameters.put("region", filter.region.trim());
        }
        if (filter.q != null && !filter.q.isBlank()) {
            conditions.add("(lower(name) like :text escape '!' or lower(address) like :text escape '!')");
            parameters.put("text", "%" + escapeLike(filter.q.trim().toLowerCase(Locale.ROOT)) + "%");
        }
        if (filter.active != null) {
            conditions.add("active = :active");
            parameters.put("active", filter.active);
        }
        String where = conditions.isEmpty() ? "1 = 1" : String.join(" and ", conditions);
        PanacheQuery<Venue> query = find(where, Sort.by("id"), parameters);
        return query.count().flatMap(total -> query.page(page.page, page.size).list()
                .map(items -> new Page<>(items, page.page, page.size, total)));
    }

    /** The venues directly under this one, active or not. */
    public Uni<List<Venue>> children(Long id) {
        return list("parentId", Sort.by("id"), id);
    }

    /** The venue followed by its ancestors up to the root; empty when there is no such venue. */
    public Uni<List<Venue>> chain(Long id) {
        return getSession().flatMap(session -> session.createSelectionQuery(CHAIN, Object[].class)
                        .setParameter("id", id)
                        .getResultList())
                .map(rows -> {
                    List<Venue> chain = new ArrayList<>(3);
                    for (Object[] row : rows) {
                        for (Object venue : row) {
                            if (venue != null) {
                                chain.add((Venue) venue);
                            }
                        }
                    }
                    return chain;
                });
    }

    private static String escapeLike(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
