package org.liaison.stats;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The case list for export, without personal data (no name, phone, message text or rating comment): read in pages
 * by id, each page in its own short session, so the export never holds more than one page in memory.
 */
@ApplicationScoped
public class CaseExportRepository {

    static final int PAGE = 500;

    static final List<String> COLUMNS = List.of("id", "tracking_code", "status", "venue_id", "venue", "region",
            "category", "deputy", "department", "submitted_at", "accepted_at", "responded_at", "closed_at",
            "closed_as", "rating", "reopen_count", "overdue", "supervised");

    private static final String PAGE_SQL = "select c.id, c.tracking_code, c.status, c.venue_id, v.name, v.region,"
            + " k.name_zh, d.name, dep.name_zh, c.submitted_at, c.accepted_at, c.responded_at, c.closed_at,"
            + " c.closed_as, c.rating, c.reopen_count, c.overdue, c.supervised"
            + " from resident_case c join venue v on v.id = c.venue_id join category k on k.id = c.category_id"
            + " left join deputy d on d.id = c.assigned_deputy_id left join department dep on dep.id = c.department_id"
            + " where c.id > :after and (c.submitted_at at time zone :zone)::date between :from and :to"
            + " and (cast(:region as varchar) is null or v.region = :region)"
            + " and (cast(:venueId as bigint) is null or c.venue_id = :venueId)"
            + " order by c.id limit " + PAGE;

    /** Every matching case, page after page, as rows in {@link #COLUMNS} order. */
    public Multi<Object[]> cases(LocalDate from, LocalDate to, String zone, String region, Long venueId) {
        AtomicLong after = new AtomicLong(0);
        return Multi.createBy().repeating()
                .uni(() -> page(after.get(), from, to, zone, region, venueId)
                        .invoke(rows -> {
                            if (!rows.isEmpty()) {
                                after.set(((Number) rows.get(rows.size() - 1)[0]).longValue());
                            }
                        }))
                .whilst(rows -> rows.size() == PAGE)
                .onItem().transformToIterable(rows -> rows);
    }

    private static Uni<List<Object[]>> page(long after, LocalDate from, LocalDate to, String zone, String region, Long venueId) {
        return Panache.withSession(() -> Panache.getSession().flatMap(session -> session.createNativeQuery(PAGE_SQL, Object[].class)
                .setParameter("after", after).setParameter("from", from).setParameter("to", to)
                .setParameter("zone", zone).setParameter("region", region).setParameter("venueId", venueId)
                .getResultList()));
    }
}
