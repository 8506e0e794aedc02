package org.liaison.deputy;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
@WithSession
public class DeputyRepository implements PanacheRepository<Deputy> {

    /** The deputies with these ids, in no particular order; unknown ids are skipped. */
    public Uni<List<Deputy>> findByIds(Collection<Long> ids) {
        if (ids == null || ids.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        return list("id in ?1", List.copyOf(ids));
    }

    /** One page of deputies matching every given filter, by name then id. */
    public Uni<Page<Deputy>> search(DeputyFilter filter, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (filter.level != null) {
            where.add("level = :level");
            parameters.put("level", DeputyLevel.valueOf(filter.level));
        }
        if (filter.q != null && !filter.q.isBlank()) {
            where.add("(locate(:q, lower(name)) > 0 or locate(:q, lower(coalesce(constituency, ''))) > 0)");
            parameters.put("q", filter.q.trim().toLowerCase(Locale.ROOT));
        }
        if (filter.active != null) {
            where.add("active = :active");
            parameters.put("active", filter.active);
        }
        if (filter.topic != null && !filter.topic.isBlank()) {
            // topics is a comma-separated list: match one whole entry, not a substring of one
            where.add("locate(:topic, concat(',', lower(topics), ',')) > 0");
            parameters.put("topic", "," + filter.topic.trim().toLowerCase(Locale.ROOT) + ",");
        }
        Sort sort = Sort.by("name").and("id");
        PanacheQuery<Deputy> query = where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, parameters);
        return query.page(io.quarkus.panache.common.Page.of(paging.page, paging.size)).list()
                .flatMap(items -> query.count().map(total -> new Page<>(items, paging.page, paging.size, total)));
    }
}
