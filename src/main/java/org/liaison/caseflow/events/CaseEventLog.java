package org.liaison.caseflow.events;

import io.smallrye.mutiny.Uni;
import io.quarkus.vertx.core.runtime.context.VertxContextSafetyToggle;
import io.smallrye.common.vertx.VertxContext;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import io.vertx.mutiny.sqlclient.Pool;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;

/**
 * Reads committed case events outside any request (the relay, a stream's replay): each read is one query in its
 * own stateless session on a fresh safe Vert.x context, through the same entity mapping the writer uses, so it
 * can be called from the LISTEN connection's handlers, timers and request threads alike.
 */
@ApplicationScoped
public class CaseEventLog {

    /** Whose events a replay reads, as an HQL condition over {@code e} with the owner as {@code :owner}. */
    public enum Scope {
        /** The public events of one case: what its resident sees. */
        CASE_PUBLIC("e.caseId = :owner and e.visibleToResident = true"),
        /** Events of the cases a deputy held after each event. */
        DEPUTY("e.deputyId = :owner"),
        /** Events of the cases referred to a department. */
        DEPARTMENT("e.departmentId = :owner");

        private final String condition;

        Scope(String condition) {
            this.condition = condition;
        }
    }

    private static final List<Long> NO_IDS = List.of(-1L);

    private final Mutiny.SessionFactory sessions;
    private final Pool pool;
    private final Vertx vertx;

    CaseEventLog(Mutiny.SessionFactory sessions, Pool pool, Vertx vertx) {
        this.sessions = sessions;
        this.pool = pool;
        this.vertx = vertx;
    }

    /** The newest event id, 0 when there is none: a plain pool query, so the relay can start from any thread. */
    public Uni<Long> latestId() {
        return pool.query("select coalesce(max(id), 0) from case_event").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Events with after &lt; id &lt;= upTo, plus the listed ids (awaited ones), in id order. */
    Uni<List<CaseEventRecord>> committed(long after, long upTo, Collection<Long> alsoIds, int limit) {
        return read(() -> sessions.withStatelessSession(session -> session
                .createQuery(CaseEventRecord.SELECT + "where (e.id > :after and e.id <= :upTo) or e.id in (:ids) order by e.id",
                        CaseEventRecord.class)
                .setParameter("after", after)
                .setParameter("upTo", upTo)
                .setParameter("ids", alsoIds.isEmpty() ? NO_IDS : List.copyOf(alsoIds))
                .setMaxResults(limit)
                .getResultList()));
    }

    /** The owner's events after the given id, oldest first, at most {@code limit}. */
    public Uni<List<CaseEventRecord>> replay(Scope scope, long ownerId, long after, int limit) {
        return read(() -> sessions.withStatelessSession(session -> session
                .createQuery(CaseEventRecord.SELECT + "where " + scope.condition + " and e.id > :after order by e.id",
                        CaseEventRecord.class)
                .setParameter("owner", ownerId)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList()));
    }

    /**
     * Hibernate Reactive works only on a safe duplicated Vert.x context. A request (or subscribeAndAwait) has one;
     * the LISTEN connection's handlers and the startup thread have none, so those reads get a fresh one.
     */
    private <T> Uni<T> read(Supplier<Uni<T>> query) {
        Context current = Vertx.currentContext();
        if (current != null && VertxContext.isDuplicatedContext(current)
                && VertxContextSafetyToggle.isExplicitlyMarkedAsSafe(current)) {
            return Uni.createFrom().deferred(query::get);
        }
        return Uni.createFrom().emitter(emitter -> {
            Context fresh = VertxContext.createNewDuplicatedContext(current != null ? current : vertx.getOrCreateContext());
            VertxContextSafetyToggle.setContextSafe(fresh, true);
            fresh.runOnContext(ignored -> query.get().subscribe().with(emitter::complete, emitter::fail));
        });
    }
}
