package org.liaison.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;
import org.liaison.common.problem.ProblemException;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** The operator's view of the outbox and the retry of dead letters. */
@ApplicationScoped
public class NotificationAdminService {

    static final Set<String> STATES = Set.of("PENDING", "SENT", "DEAD", "CANCELLED");

    private final Pool pool;
    private final Clock clock;

    NotificationAdminService(Pool pool, Clock clock) {
        this.pool = pool;
        this.clock = clock;
    }

    /** Newest first, optionally of one state. */
    public Uni<Page<NotificationView>> list(String state, PageRequest page) {
        String normalized = state == null || state.isBlank() ? null : state.trim().toUpperCase(Locale.ROOT);
        if (normalized != null && !STATES.contains(normalized)) {
            return Uni.createFrom().failure(ProblemException.invalid("state", "must be one of PENDING, SENT, DEAD, CANCELLED"));
        }
        String where = " from notification where ($1::varchar is null or state = $1)";
        Uni<Long> total = pool.preparedQuery("select count(*)" + where).execute(Tuple.of(normalized))
                .map(rows -> rows.iterator().next().getLong(0));
        return total.chain(count -> pool.preparedQuery("select " + NotificationView.COLUMNS + where
                        + " order by id desc limit $2 offset $3")
                .execute(Tuple.of(normalized, page.size, (long) page.page * page.size))
                .map(rows -> {
                    List<NotificationView> items = new ArrayList<>();
                    rows.forEach(row -> items.add(NotificationView.of(row)));
                    return new Page<>(items, page.page, page.size, count);
                }));
    }

    /** A dead message goes back to the queue with a fresh set of attempts. */
    public Uni<NotificationView> retry(long id) {
        return pool.preparedQuery("update notification set state = 'PENDING', attempts = 0, next_attempt_at = $2,"
                        + " claimed_until = null, claimed_by = null where id = $1 and state = 'DEAD' returning " + NotificationView.COLUMNS)
                .execute(Tuple.of(id, OutboxRepository.at(clock.instant())))
                .chain(rows -> rows.iterator().hasNext() ? Uni.createFrom().item(NotificationView.of(rows.iterator().next()))
                        : pool.preparedQuery("select state from notification where id = $1").execute(Tuple.of(id))
                        .map(found -> {
                            if (!found.iterator().hasNext()) {
                                throw ProblemException.notFound("Notification " + id);
                            }
                            throw ProblemException.conflict("Only a DEAD notification can be retried; this one is "
                                    + found.iterator().next().getString(0) + ".");
                        }));
    }
}
