package org.liaison.category;

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
public class CategoryRepository implements PanacheRepository<Category> {

    public Uni<Category> findByCode(String code) {
        return find("code", code).firstResult();
    }

    /** The categories residents can choose from, in the order they were created. */
    public Uni<List<Category>> listActive() {
        return list("active", Sort.by("id"), true);
    }

    /** One page of categories by code; q matches part of the code or either name, case-insensitive. */
    public Uni<Page<Category>> search(String q, Boolean active, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (q != null && !q.isBlank()) {
            where.add("(locate(:q, lower(code)) > 0 or locate(:q, lower(nameZh)) > 0 or locate(:q, lower(nameEn)) > 0)");
            parameters.put("q", q.trim().toLowerCase(Locale.ROOT));
        }
        if (active != null) {
            where.add("active = :active");
            parameters.put("active", active);
        }
        Sort sort = Sort.by("code");
        PanacheQuery<Category> query = where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, parameters);
        return query.page(io.quarkus.panache.common.Page.of(paging.page, paging.size)).list()
                .flatMap(items -> query.count().map(total -> new Page<>(items, paging.page, paging.size, total)));
    }
}
