package org.liaison.qr;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Blocking;
import org.liaison.common.ReadableCode;
import org.liaison.common.problem.ProblemException;
import org.liaison.duty.ContactDayText;
import org.liaison.duty.DutyMapper;
import org.liaison.duty.DutyRepository;
import org.liaison.duty.DutyService;
import org.liaison.duty.VenueSchedule;
import org.liaison.venue.Venue;
import org.liaison.venue.VenueRepository;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** Printable posters for venues: the content comes from the database, the drawing happens on a worker. */
@ApplicationScoped
public class PosterService {

    private final VenueRepository venues;
    private final PublicCodeService publicCodes;
    private final DutyRepository duties;
    private final DutyService schedules;

    PosterService(VenueRepository venues, PublicCodeService publicCodes, DutyRepository duties, DutyService schedules) {
        this.venues = venues;
        this.publicCodes = publicCodes;
        this.duties = duties;
        this.schedules = schedules;
    }

    /** What the venue's poster shows, including its contact days from the duty calendar. */
    @WithTransaction
    public Uni<PosterContent> content(Long venueId) {
        return venues.findById(venueId).chain(venue -> {
            if (venue == null) {
                return Uni.createFrom().failure(ProblemException.notFound("Venue " + venueId));
            }
            return publicCodes.liveCode(OwnerKind.VENUE, venueId).map(code -> content(venue, code))
                    .flatMap(content -> duties.listWithDeputies(venueId).map(rows -> content.withNextContactDay(
                            contactDayLine(rows, schedules.scheduleFrom(venueId, rows).nextContactDay()))));
        });
    }

    /**
     * The next contact day, then the rules (每月第三个星期二 …) of active duties: a poster hangs for months.
     * Empty when the venue has no contact day ahead.
     */
    static String contactDayLine(List<DutyRepository.WithDeputy> rows, VenueSchedule.ContactDay next) {
        if (next == null) {
            return null;
        }
        String rules = rows.stream().filter(DutyRepository.WithDeputy::deputyActive)
                .map(row -> ContactDayText.describe(DutyMapper.ruleOf(row.duty()), row.duty().startsAt, row.duty().endsAt).zh())
                .distinct().collect(Collectors.joining("；"));
        return next.date() + (rules.isEmpty() ? "" : " · " + rules);
    }

    /** The poster as SVG bytes. Call after all database work: it renders on a worker thread. */
    public Uni<byte[]> render(PosterContent content) {
        return Blocking.run(() -> PosterRenderer.render(content).getBytes(StandardCharsets.UTF_8));
    }

    private PosterContent content(Venue venue, PublicCode code) {
        return new PosterContent(venue.name, venue.kind, publicCodes.url(code), ReadableCode.grouped(code.code),
                Optional.ofNullable(venue.openingHours), Optional.empty());
    }
}
