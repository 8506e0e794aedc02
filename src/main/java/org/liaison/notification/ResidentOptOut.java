package org.liaison.notification;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.lifecycle.CaseCodes;

import java.time.Clock;
import java.util.Optional;

/**
 * The resident's unsubscribe: a valid link stops every further message about the case, on every channel. The
 * opt-out row keeps the outbox from writing new ones; the pending ones are cancelled at once.
 */
@ApplicationScoped
public class ResidentOptOut {

    private final Pool pool;
    private final UnsubscribeLinks links;
    private final Clock clock;

    ResidentOptOut(Pool pool, UnsubscribeLinks links, Clock clock) {
        this.pool = pool;
        this.links = links;
        this.clock = clock;
    }

    /** True when the link was valid: the case is then unsubscribed (again, harmlessly, if it already was). */
    public Uni<Boolean> unsubscribe(String typedCode, String token) {
        Optional<String> code = CaseCodes.normalizeTrackingCode(typedCode);
        if (code.isEmpty() || !links.matches(code.get(), token)) {
            return Uni.createFrom().item(false);
        }
        return pool.withTransaction(connection -> connection
                .preparedQuery("insert into notification_optout (case_id, created_at) select id, $2 from resident_case"
                        + " where tracking_code = $1 on conflict (case_id) do nothing returning case_id")
                .execute(Tuple.of(code.get(), OutboxRepository.at(clock.instant())))
                .chain(() -> connection.preparedQuery("update notification set state = 'CANCELLED', last_error = 'unsubscribed'"
                                + " where state = 'PENDING' and recipient_role = 'RESIDENT'"
                                + " and case_id = (select id from resident_case where tracking_code = $1)")
                        .execute(Tuple.of(code.get())))
                .replaceWith(true));
    }

    /** True when the link is valid (the confirmation page is shown only then). */
    public boolean valid(String typedCode, String token) {
        Optional<String> code = CaseCodes.normalizeTrackingCode(typedCode);
        return code.isPresent() && links.matches(code.get(), token);
    }
}
