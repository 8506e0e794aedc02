package org.liaison.auth;

import io.quarkus.hibernate.reactive.panache.PanacheQuery;
import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

@ApplicationScoped
@WithSession
public class AccountRepository implements PanacheRepository<Account> {

    public Uni<Account> findByUsername(String username) {
        return find("username", normalize(username)).firstResult();
    }

    /**
     * Takes the transaction-scoped advisory lock that serialises creating the first administrator, so two
     * instances starting on an empty database cannot both see "no administrator" and both create one.
     */
    public Uni<Void> lockFirstAdminCreation() {
        return getSession().chain(session -> session.createNativeQuery(FIRST_ADMIN_LOCK_SQL).getSingleResult())
                .replaceWithVoid();
    }

    /** The lock's key is fixed: 0x4C494149 spells "LIAI". */
    public static final String FIRST_ADMIN_LOCK_SQL = "select 1 from pg_advisory_xact_lock(1279869257)";

    public Uni<Long> countAdmins() {
        return count("role", Role.ADMIN);
    }

    /**
     * The enabled administrators, locked until the transaction ends, so two administrators disabling
     * each other at the same moment cannot both succeed and leave nobody able to administer.
     */
    public Uni<List<Account>> lockEnabledAdmins() {
        return find("role = ?1 and enabled = true", Role.ADMIN).withLock(LockModeType.PESSIMISTIC_WRITE).list();
    }

    /** One page of accounts by username; q matches part of the username. */
    public Uni<Page<Account>> search(String role, String q, Boolean enabled, PageRequest paging) {
        List<String> where = new ArrayList<>();
        Map<String, Object> parameters = new HashMap<>();
        if (role != null) {
            where.add("role = :role");
            parameters.put("role", role);
        }
        if (q != null && !q.isBlank()) {
            where.add("locate(:q, username) > 0");
            parameters.put("q", normalize(q));
        }
        if (enabled != null) {
            where.add("enabled = :enabled");
            parameters.put("enabled", enabled);
        }
        Sort sort = Sort.by("username");
        PanacheQuery<Account> query = where.isEmpty() ? findAll(sort) : find(String.join(" and ", where), sort, parameters);
        return query.page(io.quarkus.panache.common.Page.of(paging.page, paging.size)).list()
                .flatMap(items -> query.count().map(total -> new Page<>(items, paging.page, paging.size, total)));
    }

    public static String normalize(String username) {
        return username == null ? null : username.trim().toLowerCase(Locale.ROOT);
    }
}
