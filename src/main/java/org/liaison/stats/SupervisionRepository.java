package org.liaison.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

/** The supervision list: open cases that went wrong, oldest first, read from resident_case's open cases only. */
@ApplicationScoped
public class SupervisionRepository {

    private static final String ESCALATED = "exists (select 1 from case_event e where e.case_id = c.id and e.type = 'ESCALATE')";
    private static final String FROM = " from resident_case c join venue v on v.id = c.venue_id"
            + " join category k on k.id = c.category_id left join deputy d on d.id = c.assigned_deputy_id"
            + " left join department dep on dep.id = c.department_id"
            + " where c.status not in " + CaseStatus.TERMINAL.stream().map(s -> "'" + s.name() + "'").sorted()
                    .collect(Collectors.joining(", ", "(", ")"))
            + " and (c.overdue or " + StatsSql.OVERDUE_NOW + " or c.reopen_count > 0 or c.supervised or " + ESCALATED + ")"
            + " and (cast(:region as varchar) is null or v.region = :region)"
            + " and (cast(:venueId as bigint) is null or c.venue_id in (with recursive t(id) as (select cast(:venueId as bigint)"
            + " union all select child.id from venue child join t on child.parent_id = t.id) select id from t))";

    private static final String LIST = "select c.id, c.tracking_code, c.status, v.name, k.name_zh, c.submitted_at,"
            + " (c.overdue or " + StatsSql.OVERDUE_NOW + "), c.resolve_due_at, c.reopen_count, " + ESCALATED + ", c.supervised,"
            + " (select count(*) from case_event e where e.case_id = c.id and e.type = 'SUPERVISE'),"
            + " (select count(*) from case_event e where e.case_id = c.id and e.type = 'URGE'),"
            + " c.status = 'REFERRED', c.department_id, dep.name_zh, c.assigned_deputy_id, d.name,"
            + " case when c.status = 'REFERRED' then (select r.opened_at from referral r where r.case_id = c.id"
            + " and r.closed_at is null) else c.assigned_at end" + FROM
            + " order by c.submitted_at, c.id limit :limit offset :offset";

    private static final String COUNT = "select count(*)" + FROM;

    /** One page of the list, and the number of cases on it in all. */
    public Uni<List<SupervisedCase>> page(String region, Long venueId, Instant now, int page, int size) {
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(LIST, Object[].class)
                .setParameter("now", now).setParameter("region", region).setParameter("venueId", venueId)
                .setParameter("limit", size).setParameter("offset", page * size)
                .getResultList()).map(rows -> rows.stream().map(row -> toCase(row, now)).toList()));
    }

    public Uni<Long> count(String region, Long venueId, Instant now) {
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(COUNT, Long.class)
                .setParameter("now", now).setParameter("region", region).setParameter("venueId", venueId)
                .getSingleResult()));
    }

    private static SupervisedCase toCase(Object[] row, Instant now) {
        boolean referred = (Boolean) row[13];
        SupervisedCase.Holder holder = referred && row[14] != null
                ? new SupervisedCase.Holder("DEPARTMENT", number(row[14]), (String) row[15])
                : row[16] != null ? new SupervisedCase.Holder("DEPUTY", number(row[16]), (String) row[17])
                : new SupervisedCase.Holder("ADMINISTRATORS", null, null);
        Instant heldSince = instant(row[18]);
        Double heldFor = heldSince == null ? null : Math.round(Duration.between(heldSince, now).toMinutes() / 6.0) / 10.0;
        return new SupervisedCase(number(row[0]), (String) row[1], (String) row[2], (String) row[3], (String) row[4],
                instant(row[5]), (Boolean) row[6], instant(row[7]), ((Number) row[8]).intValue(), (Boolean) row[9],
                (Boolean) row[10], number(row[11]), number(row[12]), holder, heldSince, heldFor);
    }

    private static Long number(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        if (value instanceof java.time.LocalDateTime local) {
            return local.toInstant(java.time.ZoneOffset.UTC);
        }
        return (Instant) value;
    }
}
