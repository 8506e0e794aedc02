package org.liaison.common.sql;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.persistence.FlushModeType;
import org.hibernate.reactive.mutiny.Mutiny;

import java.util.List;
import java.util.Map;

/**
 * {@link TxStatements} in the current Hibernate Reactive session (so in its transaction). The session takes one
 * statement at a time, so every statement is chained after the one before; writes run when the next query does, or
 * at {@link #flush()}, which whoever made this must call before the transaction ends. The statements touch tables
 * no entity of the session maps, so the session's pending entity changes are not flushed ahead of them.
 */
public final class SessionStatements implements TxStatements {

    private Uni<Void> tail = Uni.createFrom().voidItem();

    @Override
    public Uni<List<Object[]>> query(SqlStatement statement) {
        Uni<List<Object[]>> rows = tail.chain(() -> Panache.getSession().chain(session ->
                bound(session.createNativeQuery(statement.sql(), Object[].class), statement.values()).getResultList()))
                .memoize().indefinitely();
        tail = rows.replaceWithVoid();
        return rows;
    }

    @Override
    public void write(SqlStatement statement) {
        tail = tail.chain(() -> Panache.getSession().chain(session ->
                bound(session.createNativeQuery(statement.sql()), statement.values()).executeUpdate()))
                .replaceWithVoid().memoize().indefinitely();
    }

    /** Runs every statement given so far. */
    public Uni<Void> flush() {
        return tail;
    }

    private static <Q extends Mutiny.AbstractQuery> Q bound(Q query, Map<String, Object> values) {
        values.forEach(query::setParameter);
        if (query instanceof Mutiny.SelectionQuery<?> selection) {
            selection.setFlushMode(FlushModeType.COMMIT);
        }
        return query;
    }
}
