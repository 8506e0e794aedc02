package org.liaison.caseflow.deadlines;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.lifecycle.CaseAction;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the cases a sweep must act on. Two steps, so no transaction ever holds more than one case row: list the
 * due ids in id order (no lock), then, per case in a transaction of its own, lock that one row with FOR UPDATE SKIP
 * LOCKED while re-checking that it is still due. Several instances sweeping at once each take different cases, and
 * nobody waits for another or deadlocks with it. The conditions mirror the state machine: a case they select is
 * one the system may act on now. Each condition compares with one instant, {@code :at}.
 *
 * <p>Every instance lists every minute, over all the cases a city ever had, while almost nothing is due, so the
 * listing must range over an index of what can become due (V21), never walk the table: an {@code order by id
 * limit} over a condition no index serves makes PostgreSQL walk the primary key and filter every row (1.2 s for
 * RESOLVE_OVERDUE and 0.6 s for RETENTION_OVER at 1,000,000 cases). So a kind may list through index-friendly
 * arms that select exactly what its condition selects, and the due set is gathered first (materialized) and
 * ordered after, whatever the planner guesses about how soon a walk in id order would meet one.
 */
@ApplicationScoped
public class DueCases {

    /** What is due, the system action it gets (null: the retention scrub), and which column the instant is about. */
    public enum Due {
        /** Held by a deputy and not accepted in time: to escalate. {@code at}: now. */
        ACCEPT_OVERDUE(CaseAction.ESCALATE, "status = " + sql(CaseStatus.ASSIGNED)
                + " and assigned_deputy_id is not null and accept_due_at < :at"),
        /** Not responded to in time (a paused clock is frozen where it stopped): to mark overdue. {@code at}: now. */
        RESOLVE_OVERDUE(CaseAction.MARK_OVERDUE, "overdue = false and status in " + sql(CaseStatus.IN_HAND)
                + " and resolve_due_at < coalesce(paused_at, :at)",
                // a clock is paused at an instant already past, so due before it is due before :at: the bound the
                // in-hand index ranges over
                "overdue = false and status in " + sql(CaseStatus.IN_HAND)
                        + " and resolve_due_at < :at and resolve_due_at < coalesce(paused_at, :at)"),
        /** Responded, and the rating window is over: to close as unrated. {@code at}: now. */
        RATING_OVER(CaseAction.CLOSE_UNRATED, "status = " + sql(CaseStatus.RESPONDED) + " and rate_due_at < :at"),
        /** Waiting for the resident since before {@code at} (now minus CASE_AWAITING_INFO_TIMEOUT): to expire. */
        AWAITING_INFO_TOO_LONG(CaseAction.EXPIRE, "status = " + sql(CaseStatus.AWAITING_INFO) + " and paused_at < :at"),
        /** In the administrators' queue since before {@code at} (now minus CASE_QUEUE_TIMEOUT): to expire. */
        QUEUED_TOO_LONG(CaseAction.EXPIRE, "status = " + sql(CaseStatus.ASSIGNED)
                + " and assigned_deputy_id is null and assigned_at < :at"),
        /**
         * Ended before {@code at} (now minus PERSONAL_DATA_RETENTION; CLOSED since closed_at, REJECTED and WITHDRAWN
         * since their last event) and not scrubbed yet.
         */
        RETENTION_OVER(null, "status in " + sql(CaseStatus.TERMINAL) + " and scrubbed_at is null"
                + " and coalesce(closed_at, (select e.created_at from case_event e where e.id = last_event_id)) < :at",
                // the coalesce serves no index: closed ones by closed_at, the others (no closed_at) by their own index
                "status in " + sql(CaseStatus.TERMINAL) + " and scrubbed_at is null and closed_at < :at",
                "status in " + sql(CaseStatus.TERMINAL) + " and scrubbed_at is null and closed_at is null"
                        + " and (select e.created_at from case_event e where e.id = last_event_id) < :at");

        private final CaseAction action;
        private final String condition;
        private final String listing;

        /** {@code listedBy}: the arms that list it, when the condition itself serves no index. */
        Due(CaseAction action, String condition, String... listedBy) {
            this.action = action;
            this.condition = condition;
            // due cases above :after: the union of the arms, gathered, then the first :limit
            this.listing = Arrays.stream(listedBy.length == 0 ? new String[]{condition} : listedBy)
                    .map(arm -> "select id from resident_case where " + arm + " and id > :after")
                    .collect(Collectors.joining(" union all ", "with due as materialized (", ")"))
                    + " select id from due order by id limit :limit";
        }

        /** The exact condition, for the re-check under the row lock (one row by id: no index question). */
        String condition() {
            return condition;
        }

        /** The system action for the case, or null for the retention scrub. */
        public CaseAction action() {
            return action;
        }
    }

    /** Up to {@code limit} due case ids above {@code afterId}, in id order; locks nothing. */
    public Uni<List<Long>> dueAfter(Due due, Instant at, long afterId, int limit) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(due.listing, Long.class)
                .setParameter("at", at)
                .setParameter("after", afterId)
                .setParameter("limit", limit)
                .getResultList());
    }

    /** Locks the case for this transaction when it is still due and nobody else holds it; false otherwise. */
    public Uni<Boolean> lockIfStillDue(Due due, Instant at, long caseId) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(
                        "select id from resident_case where id = :id and " + due.condition + " for update skip locked",
                        Long.class)
                .setParameter("id", caseId)
                .setParameter("at", at)
                .getResultList())
                .map(locked -> !locked.isEmpty());
    }

    /** A status (or set of them) as SQL: the sweeps' conditions come from the lifecycle's own sets, never typed twice. */
    static String sql(CaseStatus status) {
        return "'" + status.name() + "'";
    }

    static String sql(Set<CaseStatus> statuses) {
        return statuses.stream().sorted().map(DueCases::sql).collect(Collectors.joining(", ", "(", ")"));
    }
}
