package org.liaison.caseflow.intake;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.problem.ProblemException;
import org.liaison.common.sql.SqlStatement;
import org.liaison.common.sql.SqlValues;
import org.liaison.common.sql.TxStatements;
import org.liaison.qr.OwnerKind;
import org.liaison.qr.PublicCodeService;

import java.util.List;

/**
 * Where a submission goes: the venue of a venue code, or the deputy of a deputy code and a venue it serves. One
 * statement reads all of it, so a pipelined submission sends it with its other reads; {@link Found#target} then
 * says 404, 410 or 409 exactly as the code, venue and deputy services would.
 */
@ApplicationScoped
class SubmissionTargets {

    /** The venue the case belongs to, and the deputy it goes straight to (null for a venue code). */
    record Target(long venueId, String venueName, Long personalDeputyId) {
    }

    /** The code's row and its owner's, unjudged (null fields where there is none). */
    record Found(OwnerKind kind, boolean live, Long ownerId, Long venueId, String venueName, Boolean venueActive,
                 Boolean deputyActive, Long servedVenueId, String servedVenueName) {

        /** 404 for an unknown code, 410 for a retired code or an owner that no longer receives messages. */
        Target target(OwnerKind expected) {
            if (kind != expected) {
                throw PublicCodeService.unknown(expected);
            }
            if (!live) {
                throw PublicCodeService.replaced(expected);
            }
            if (expected == OwnerKind.VENUE) {
                if (venueId == null) {
                    throw ProblemException.notFound("Venue " + ownerId);
                }
                if (!venueActive) {
                    throw ProblemException.gone("This venue no longer receives messages.");
                }
                return new Target(venueId, venueName, null);
            }
            if (deputyActive == null || !deputyActive) {
                throw ProblemException.gone("This deputy no longer receives messages.");
            }
            // the case's venue is the deputy's first duty (by id) at an active venue, so its deadlines and statistics have a home
            if (servedVenueId == null) {
                throw ProblemException.conflict("This deputy cannot receive messages yet: the deputy serves no venue.");
            }
            return new Target(servedVenueId, servedVenueName, ownerId);
        }
    }

    private static final Found NONE = new Found(null, false, null, null, null, null, null, null, null);

    private static final String FIND = "select c.owner_kind, c.retired_at is null, c.owner_id, v.id, v.name, v.active,"
            + " d.active, s.id, s.name from public_code c"
            + " left join venue v on c.owner_kind = 'VENUE' and v.id = c.owner_id"
            + " left join deputy d on c.owner_kind = 'DEPUTY' and d.id = c.owner_id"
            + " left join lateral (select sv.id, sv.name from duty u join venue sv on sv.id = u.venue_id"
            + " where u.deputy_id = d.id and sv.active order by u.id limit 1) s on true"
            + " where c.code = :code";

    /** The code's row (a normalized code), judged later by {@link Found#target}. */
    Uni<Found> find(TxStatements statements, String code) {
        return statements.query(SqlStatement.of(FIND).set("code", code)).map(SubmissionTargets::found);
    }

    private static Found found(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return NONE;
        }
        Object[] row = rows.get(0);
        return new Found(OwnerKind.valueOf((String) row[0]), (Boolean) row[1], SqlValues.longOrNull(row[2]),
                SqlValues.longOrNull(row[3]), (String) row[4], (Boolean) row[5], (Boolean) row[6],
                SqlValues.longOrNull(row[7]), (String) row[8]);
    }
}
