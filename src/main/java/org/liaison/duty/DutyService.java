package org.liaison.duty;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Versions;
import org.liaison.common.problem.ProblemException;
import org.liaison.deputy.Deputy;
import org.liaison.deputy.DeputyRepository;
import org.liaison.venue.VenueService;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who serves which venue, on which contact days, and the venue schedule built from it. The
 * calendar arithmetic is in {@link org.liaison.duty.calendar}; "today" comes from the injected clock.
 */
@ApplicationScoped
public class DutyService {

    private final DutyRepository duties;
    private final DeputyRepository deputies;
    private final VenueService venues;
    private final Clock clock;

    DutyService(DutyRepository duties, DeputyRepository deputies, VenueService venues, Clock clock) {
        this.duties = duties;
        this.deputies = deputies;
        this.venues = venues;
        this.clock = clock;
    }

    @WithSession
    public Uni<List<DutyView>> list(Long venueId) {
        return venues.require(venueId)
                .chain(() -> duties.listWithDeputies(venueId))
                .map(rows -> rows.stream().map(row -> DutyMapper.toView(row.duty(), row.deputyName())).toList());
    }

    @WithSession
    public Uni<DutyView> get(Long venueId, Long dutyId) {
        return dutyAt(venueId, dutyId)
                .flatMap(duty -> deputies.findById(duty.deputyId)
                        .map(deputy -> DutyMapper.toView(duty, deputy == null ? null : deputy.name)));
    }

    @WithTransaction
    public Uni<DutyView> create(Long venueId, CreateDutyRequest request) {
        return venues.require(venueId)
                .chain(() -> activeDeputy(request.deputyId()))
                .call(deputy -> refuseSecondDuty(venueId, deputy.id, null))
                .flatMap(deputy -> {
                    Duty duty = new Duty();
                    duty.venueId = venueId;
                    duty.deputyId = deputy.id;
                    DutyMapper.apply(request.rule(), request.startsAt(), request.endsAt(), duty);
                    return duties.persistAndFlush(duty)
                            .invoke(saved -> Log.infof("Duty %d: deputy %d serves venue %d", saved.id, deputy.id, venueId))
                            .map(saved -> DutyMapper.toView(saved, deputy.name));
                });
    }

    @WithTransaction
    public Uni<DutyView> update(Long venueId, Long dutyId, UpdateDutyRequest request) {
        return dutyAt(venueId, dutyId)
                .invoke(duty -> Versions.require(duty, request.version(), "Duty " + duty.id))
                .flatMap(duty -> activeDeputy(request.deputyId())
                        .call(deputy -> refuseSecondDuty(venueId, deputy.id, duty.id))
                        .flatMap(deputy -> {
                            duty.deputyId = deputy.id;
                            DutyMapper.apply(request.rule(), request.startsAt(), request.endsAt(), duty);
                            return duties.flush().map(flushed -> DutyMapper.toView(duty, deputy.name));
                        }));
    }

    @WithTransaction
    public Uni<Void> delete(Long venueId, Long dutyId) {
        return dutyAt(venueId, dutyId)
                .call(duties::delete)
                .invoke(duty -> Log.infof("Duty %d of venue %d deleted", duty.id, venueId))
                .replaceWithVoid();
    }

    /**
     * Who is on duty at the venue today and on its next contact day (on or after today), counting active
     * deputies only; a 404 problem for an unknown venue.
     */
    @WithSession
    public Uni<VenueSchedule> scheduleOf(Long venueId) {
        return venues.require(venueId)
                .chain(() -> duties.listWithDeputies(venueId))
                .map(rows -> scheduleFrom(venueId, rows));
    }

    /** The same schedule from duties the caller already read ({@link DutyRepository#listWithDeputies}). */
    public VenueSchedule scheduleFrom(Long venueId, List<DutyRepository.WithDeputy> rows) {
        return DutySchedules.of(venueId, LocalDate.now(clock), rows);
    }

    private Uni<Duty> dutyAt(Long venueId, Long dutyId) {
        return venues.require(venueId)
                .chain(() -> duties.findAtVenue(venueId, dutyId))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Duty " + dutyId + " of venue " + venueId));
    }

    private Uni<Deputy> activeDeputy(Long deputyId) {
        return deputies.findById(deputyId).map(deputy -> {
            if (deputy == null || !deputy.active) {
                String message = deputy == null ? "no such deputy" : "deputy " + deputyId + " is inactive";
                throw ProblemException.invalid("deputyId", message);
            }
            return deputy;
        });
    }

    /** One duty per deputy and venue; the unique key backs this up when two requests race. */
    private Uni<Void> refuseSecondDuty(Long venueId, Long deputyId, Long exceptDutyId) {
        return duties.findByVenueAndDeputy(venueId, deputyId).invoke(existing -> {
            if (existing != null && !Objects.equals(existing.id, exceptDutyId)) {
                throw ProblemException.conflict("Deputy " + deputyId + " already serves venue " + venueId
                        + " under duty " + existing.id + "; change that duty instead.", Map.of("dutyId", existing.id));
            }
        }).replaceWithVoid();
    }
}
