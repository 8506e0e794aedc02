package org.liaison.open311;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.RowSet;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.caseflow.lifecycle.CaseStatus;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * Read-only SQL over the case tables for the GeoReport listings and the updates feed, straight from the pool
 * (no session). Which events are public is what the case flow recorded on each event (case_event.public and
 * note_public, decided by its EventVisibility when the event was written); nothing here decides it again.
 */
@ApplicationScoped
public class Open311Repository {

    private static final String TERMINAL = "('CLOSED', 'REJECTED', 'WITHDRAWN')";

    private static final String REQUESTS = "select c.tracking_code, c.status, c.text, c.submitted_at,"
            + " coalesce(le.created_at, c.submitted_at) as updated_at, c.resolve_due_at,"
            + " cat.code as category_code, cat.name_zh as category_zh, cat.name_en as category_en,"
            + " v.address, v.latitude, v.longitude, pc.code as venue_code, d.name as deputy_name,"
            + " dep.name_zh as department_zh, dep.name_en as department_en, o.case_id is not null as via_open311, o.media_url"
            + " from resident_case c"
            + " join category cat on cat.id = c.category_id"
            + " join venue v on v.id = c.venue_id"
            + " left join case_event le on le.id = c.last_event_id"
            + " left join public_code pc on pc.owner_kind = 'VENUE' and pc.owner_id = v.id and pc.retired_at is null"
            + " left join deputy d on d.id = c.assigned_deputy_id"
            + " left join department dep on dep.id = c.department_id"
            + " left join open311_request o on o.case_id = c.id ";

    private static final String UPDATES = "select e.id, c.tracking_code, coalesce(e.to_status, e.from_status) as status,"
            + " e.note, e.note_public, e.created_at, o.case_id is not null as via_open311"
            + " from case_event e join resident_case c on c.id = e.case_id"
            + " left join open311_request o on o.case_id = c.id"
            + " where e.public and e.created_at >= $1 and e.created_at <= $2"
            + " order by e.created_at, e.id limit $3 offset $4";

    private static final String NEAREST_VENUE = "select id, metres from (select v.id, 2 * 6371000 * asin(least(1, sqrt("
            + " power(sin(radians(v.latitude - $1) / 2), 2)"
            + " + cos(radians($1)) * cos(radians(v.latitude)) * power(sin(radians(v.longitude - $2) / 2), 2)))) as metres"
            + " from venue v where v.active and v.latitude is not null and v.longitude is not null) nearby"
            + " order by metres, id limit 1";

    private final Pool pool;

    Open311Repository(Pool pool) {
        this.pool = pool;
    }

    /** A venue within reach of a point: its id and how far it is. */
    public record NearbyVenue(long id, double metres) {
    }

    public Uni<List<RequestRow>> byTrackingCodes(List<String> trackingCodes) {
        return pool.preparedQuery(REQUESTS + "where c.tracking_code = any($1) order by c.submitted_at desc, c.id desc")
                .execute(Tuple.of(trackingCodes.toArray(String[]::new)))
                .map(Open311Repository::requests);
    }

    /** Requests submitted within the window, newest first; null filters match everything. */
    public Uni<List<RequestRow>> submittedWithin(Open311Query.Window window, List<String> categoryCodes, Boolean closed) {
        String status = closed == null ? "" : closed ? " and c.status in " + TERMINAL : " and c.status not in " + TERMINAL;
        String categories = categoryCodes.isEmpty() ? "" : " and cat.code = any($5)";
        Tuple arguments = Tuple.of(offset(window.start()), offset(window.end()), window.limit(), window.offset());
        if (!categoryCodes.isEmpty()) {
            arguments.addValue(categoryCodes.toArray(String[]::new));
        }
        return pool.preparedQuery(REQUESTS + "where c.submitted_at >= $1 and c.submitted_at <= $2" + status + categories
                        + " order by c.submitted_at desc, c.id desc limit $3 offset $4")
                .execute(arguments)
                .map(Open311Repository::requests);
    }

    /** Public events within the window, oldest first, so a client can follow the feed forward. */
    public Uni<List<UpdateRow>> publicEventsWithin(Open311Query.Window window) {
        return pool.preparedQuery(UPDATES)
                .execute(Tuple.of(offset(window.start()), offset(window.end()), window.limit(), window.offset()))
                .map(rows -> {
                    List<UpdateRow> updates = new ArrayList<>();
                    for (Row row : rows) {
                        updates.add(new UpdateRow(row.getLong("id"), row.getString("tracking_code"),
                                CaseStatus.valueOf(row.getString("status")), row.getString("note"),
                                row.getBoolean("note_public"), instant(row, "created_at"), row.getBoolean("via_open311")));
                    }
                    return updates;
                });
    }

    /** The nearest active venue that has coordinates, or null when there is none at all. */
    public Uni<NearbyVenue> nearestVenue(double latitude, double longitude) {
        return pool.preparedQuery(NEAREST_VENUE).execute(Tuple.of(latitude, longitude)).map(rows -> {
            if (!rows.iterator().hasNext()) {
                return null;
            }
            Row row = rows.iterator().next();
            return new NearbyVenue(row.getLong("id"), row.getDouble("metres"));
        });
    }

    private static List<RequestRow> requests(RowSet<Row> rows) {
        List<RequestRow> requests = new ArrayList<>();
        for (Row row : rows) {
            requests.add(new RequestRow(row.getString("tracking_code"), CaseStatus.valueOf(row.getString("status")),
                    row.getString("text"), instant(row, "submitted_at"), instant(row, "updated_at"),
                    instant(row, "resolve_due_at"), row.getString("category_code"), row.getString("category_zh"),
                    row.getString("category_en"), row.getString("address"), row.getDouble("latitude"),
                    row.getDouble("longitude"), row.getString("venue_code"), row.getString("deputy_name"),
                    row.getString("department_zh"), row.getString("department_en"), row.getBoolean("via_open311"),
                    row.getString("media_url")));
        }
        return requests;
    }

    private static Instant instant(Row row, String column) {
        OffsetDateTime value = row.getOffsetDateTime(column);
        return value == null ? null : value.toInstant();
    }

    private static OffsetDateTime offset(Instant instant) {
        return instant.atOffset(java.time.ZoneOffset.UTC);
    }
}
