package org.liaison.caseflow.deadlines;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the cases a sweep must act on and locks them for the current transaction with FOR UPDATE SKIP LOCKED,
 * so several instances sweeping at once each take different cases and none waits for another. The conditions
 * mirror the state machine: a case they select is one the system may act on now.
 */
@ApplicationScoped
public class DueCases {

    /** Held by a deputy and not accepted in time: to escalate. */
    private static final String ACCEPT_OVERDUE = "select id from resident_case where status = " + sql(CaseStatus.ASSIGNED)
            + " and assigned_deputy_id is not null and accept_due_at < :now"
            + " order by accept_due_at limit :limit for update skip locked";

    /** Not responded to in time (a paused clock is frozen where it stopped): to mark overdue. */
    private static final String RESOLVE_OVERDUE = "select id from resident_case where overdue = false"
            + " and status in " + sql(CaseStatus.IN_HAND)
            + " and resolve_due_at < coalesce(paused_at, :now)"
            + " order by resolve_due_at limit :limit for update skip locked";

    /** Responded, and the rating window is over: to close as unrated. */
    private static final String RATING_OVER = "select id from resident_case where status = " + sql(CaseStatus.RESPONDED)
            + " and rate_due_at < :now order by rate_due_at limit :limit for update skip locked";

    /**
     * Ended longer ago than the retention (CLOSED since closed_at; REJECTED and WITHDRAWN since their last event):
     * the resident's name and phone go, everything the statistics count stays.
     */
    private static final String SCRUB = "update resident_case set resident_name_enc = null, resident_phone_enc = null,"
            + " scrubbed_at = :now, updated_at = :now, version = version + 1 where id in ("
            + " select c.id from resident_case c join case_event e on e.id = c.last_event_id"
            + " where c.status in " + sql(CaseStatus.TERMINAL) + " and c.scrubbed_at is null"
            + " and coalesce(c.closed_at, e.created_at) < :cutoff"
            + " order by c.id limit :limit for update of c skip locked)";

    public Uni<List<Long>> lockAcceptOverdue(Instant now, int limit) {
        return lock(ACCEPT_OVERDUE, now, limit);
    }

    public Uni<List<Long>> lockResolveOverdue(Instant now, int limit) {
        return lock(RESOLVE_OVERDUE, now, limit);
    }

    public Uni<List<Long>> lockRatingOver(Instant now, int limit) {
        return lock(RATING_OVER, now, limit);
    }

    /** Scrubs up to {@code limit} cases ended before {@code cutoff}; returns how many. */
    public Uni<Integer> scrub(Instant cutoff, Instant now, int limit) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(SCRUB)
                .setParameter("now", now)
                .setParameter("cutoff", cutoff)
                .setParameter("limit", limit)
                .executeUpdate());
    }

    private static Uni<List<Long>> lock(String sql, Instant now, int limit) {
        return Panache.getSession().flatMap(session -> session.createNativeQuery(sql, Long.class)
                .setParameter("now", now)
                .setParameter("limit", limit)
                .getResultList());
    }

    /** A status (or set of them) as SQL: the sweeps' conditions come from the lifecycle's own sets, never typed twice. */
    static String sql(CaseStatus status) {
        return "'" + status.name() + "'";
    }

    static String sql(Set<CaseStatus> statuses) {
        return statuses.stream().sorted().map(DueCases::sql).collect(Collectors.joining(", ", "(", ")"));
    }
}
