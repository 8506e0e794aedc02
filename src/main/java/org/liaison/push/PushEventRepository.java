package org.liaison.push;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.domain.CaseStatus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Reads case events for the streams straight from the pool: rows into records, no session, so the listener
 * (which runs outside any request) and the streams share it.
 */
@ApplicationScoped
public class PushEventRepository {

    private static final String SELECT = "select " + PushEvent.COLUMNS
            + " from case_event e join resident_case c on c.id = e.case_id ";

    private final Pool pool;

    PushEventRepository(Pool pool) {
        this.pool = pool;
    }

    /** What the resident's stream needs to know about a case before opening it. */
    public record CaseAccess(long caseId, String secretHash, CaseStatus status) {
    }

    public Uni<CaseAccess> caseAccess(String trackingCode) {
        return pool.preparedQuery("select id, secret_hash, status from resident_case where tracking_code = $1")
                .execute(Tuple.of(trackingCode))
                .map(rows -> {
                    if (!rows.iterator().hasNext()) {
                        return null;
                    }
                    Row row = rows.iterator().next();
                    return new CaseAccess(row.getLong("id"), row.getString("secret_hash"),
                            CaseStatus.valueOf(row.getString("status")));
                });
    }

    /** The newest event id, where the listener starts. */
    public Uni<Long> latestId() {
        return pool.query("select coalesce(max(id), 0) from case_event").execute()
                .map(rows -> rows.iterator().next().getLong(0));
    }

    /** Events with after &lt; id &lt;= upTo, plus the listed ids (awaited ones), in id order. */
    public Uni<List<PushEvent>> committed(long after, long upTo, Collection<Long> alsoIds, int limit) {
        return pool.preparedQuery(SELECT + "where (e.id > $1 and e.id <= $2) or e.id = any($3) order by e.id limit $4")
                .execute(Tuple.of(after, upTo, alsoIds.toArray(Long[]::new), limit))
                .map(PushEventRepository::events);
    }

    /** The events the audience missed after the given id, oldest first. */
    public Uni<List<PushEvent>> replay(Audience audience, long after, int limit) {
        return pool.preparedQuery(SELECT + "where " + audience.condition() + " and e.id > $2 order by e.id limit $3")
                .execute(Tuple.of(audience.ownerId(), after, limit))
                .map(PushEventRepository::events);
    }

    private static List<PushEvent> events(RowSet<Row> rows) {
        List<PushEvent> events = new ArrayList<>(rows.size());
        rows.forEach(row -> events.add(PushEvent.of(row)));
        return events;
    }
}
