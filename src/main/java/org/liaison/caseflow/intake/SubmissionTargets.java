package org.liaison.caseflow.intake;

import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.problem.ProblemException;
import org.liaison.deputy.DeputyRepository;
import org.liaison.duty.Duty;
import org.liaison.duty.DutyRepository;
import org.liaison.qr.OwnerKind;
import org.liaison.qr.PublicCodeService;
import org.liaison.venue.Venue;
import org.liaison.venue.VenueService;

/** Where a submission goes: the venue of a venue code, or the deputy of a deputy code and a venue it serves. */
@ApplicationScoped
class SubmissionTargets {

    /** The venue the case belongs to, and the deputy it goes straight to (null for a venue code). */
    record Target(Venue venue, Long personalDeputyId) {
    }

    private final PublicCodeService codes;
    private final VenueService venues;
    private final DeputyRepository deputies;
    private final DutyRepository duties;

    SubmissionTargets(PublicCodeService codes, VenueService venues, DeputyRepository deputies, DutyRepository duties) {
        this.codes = codes;
        this.venues = venues;
        this.deputies = deputies;
        this.duties = duties;
    }

    /** 404 for an unknown code, 410 for a retired code or an owner that no longer receives messages. */
    Uni<Target> resolve(OwnerKind kind, String code) {
        return codes.resolve(kind, code).flatMap(found -> kind == OwnerKind.VENUE
                ? venue(found.ownerId) : deputy(found.ownerId));
    }

    private Uni<Target> venue(Long venueId) {
        return venues.require(venueId).map(venue -> {
            if (!venue.active) {
                throw ProblemException.gone("This venue no longer receives messages.");
            }
            return new Target(venue, null);
        });
    }

    /** The case's venue is the deputy's first duty (by id) at an active venue, so its deadlines and statistics have a home. */
    private Uni<Target> deputy(Long deputyId) {
        return deputies.findById(deputyId).flatMap(deputy -> {
            if (deputy == null || !deputy.active) {
                throw ProblemException.gone("This deputy no longer receives messages.");
            }
            return duties.find("deputyId = ?1 and venueId in (select v.id from Venue v where v.active = true) order by id",
                    deputyId).<Duty>firstResult();
        }).flatMap(duty -> {
            if (duty == null) {
                throw ProblemException.conflict("This deputy cannot receive messages yet: the deputy serves no venue.");
            }
            return venues.require(duty.venueId).map(venue -> new Target(venue, deputyId));
        });
    }
}
