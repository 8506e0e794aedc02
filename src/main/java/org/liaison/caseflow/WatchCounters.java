package org.liaison.caseflow;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.events.CommitNotices;
import org.liaison.common.sql.CommittingStatements;
import org.liaison.common.sql.SessionStatements;
import org.liaison.common.sql.SqlStatement;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * A revision per watcher (a deputy, a department, the administrators' queue), bumped in the same
 * transaction as every case change that concerns it. Each bump also sends its new revision as a notice (delivered
 * at commit), which keeps {@link WatchRevisions} current on every instance: the polling endpoints answer 304 from
 * memory, and otherwise from one primary-key read, without loading any case.
 */
@ApplicationScoped
public class WatchCounters {

    public enum Owner { DEPUTY, DEPARTMENT, ADMIN }

    /** The single owner id of the administrators' queue. */
    public static final long ADMIN_QUEUE = 0L;

    private static final String UPSERT = "insert into watch_counter (owner_kind, owner_id, revision)"
            + " values (:kind, :id, 1) on conflict (owner_kind, owner_id)"
            + " do update set revision = watch_counter.revision + 1";

    /** The bump with its notice, sent by PostgreSQL at commit (the Hibernate path). */
    private static final String BUMP = "with bumped as (" + UPSERT + " returning owner_kind, owner_id, revision)"
            + " select cast(pg_notify('" + WatchRevisions.CHANNEL + "', owner_kind || ':' || owner_id || ':' || revision) as text)"
            + " from bumped";

    /** The bump alone: its notice goes out after the commit ({@link CommitNotices}, the pipelined path). */
    private static final String BUMP_QUIETLY = UPSERT + " returning revision";

    private final Pool pool;
    private final WatchRevisions memory;
    private final CommitNotices notices;

    WatchCounters(Pool pool, WatchRevisions memory, CommitNotices notices) {
        this.pool = pool;
        this.memory = memory;
        this.notices = notices;
    }

    /** A watcher to bump. */
    public record Watcher(Owner owner, long id) implements Comparable<Watcher> {
        @Override
        public int compareTo(Watcher other) {
            int byOwner = owner.compareTo(other.owner);
            return byOwner != 0 ? byOwner : Long.compare(id, other.id);
        }
    }

    /** Bumps each watcher once, in the current Hibernate Reactive transaction, in a fixed order (no deadlocks). */
    public Uni<Void> bump(Set<Watcher> watchers) {
        SessionStatements statements = new SessionStatements();
        for (Watcher watcher : ordered(watchers)) {
            memory.bumping(watcher);
            // a query for its notice's sake (sent at commit): its row is not needed
            statements.query(SqlStatement.of(BUMP).set("kind", watcher.owner().name()).set("id", watcher.id()));
        }
        return statements.flush();
    }

    /**
     * Bumps each watcher once through a pipelined transaction, in a fixed order (no deadlocks); the new revisions
     * are announced after the commit, gathered with other transactions' ({@link CommitNotices}).
     */
    public void bump(Set<Watcher> watchers, CommittingStatements statements) {
        for (Watcher watcher : ordered(watchers)) {
            memory.bumping(watcher);
            Uni<List<Object[]>> bumped = statements.query(SqlStatement.of(BUMP_QUIETLY)
                    .set("kind", watcher.owner().name()).set("id", watcher.id()));
            // after the commit the answer is in: the subscription only reads it
            statements.afterCommit(() -> bumped.subscribe().with(rows -> notices.send(WatchRevisions.CHANNEL,
                    watcher.owner().name() + ":" + watcher.id() + ":" + rows.get(0)[0]), failure -> { }));
        }
    }

    private static Set<Watcher> ordered(Set<Watcher> watchers) {
        return new TreeSet<>(watchers.stream().filter(Objects::nonNull).toList());
    }

    /**
     * The watcher's current revision (0 when nothing ever concerned it): from this instance's memory when it is sure,
     * else straight from the pool (no session, no entity).
     */
    /** The watcher's revision when this instance's memory is sure of it, else null (see {@link WatchRevisions}). */
    public Long knownRevision(Owner owner, long id) {
        return memory.known(new Watcher(owner, id));
    }

    public Uni<Long> revision(Owner owner, long id) {
        Watcher watcher = new Watcher(owner, id);
        Long known = memory.known(watcher);
        if (known != null) {
            return Uni.createFrom().item(known);
        }
        return pool.preparedQuery("select revision from watch_counter where owner_kind = $1 and owner_id = $2")
                .execute(Tuple.of(owner.name(), id))
                .map(rows -> rows.iterator().hasNext() ? rows.iterator().next().getLong(0) : 0L)
                .invoke(revision -> memory.read(watcher, revision));
    }
}
