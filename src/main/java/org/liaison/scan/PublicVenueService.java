package org.liaison.scan;

import org.liaison.venue.Venue;
import org.liaison.venue.VenueService;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.ReadableCode;
import org.liaison.common.problem.ProblemException;
import org.liaison.deputy.Deputy;
import org.liaison.deputy.DeputyMapper;
import org.liaison.deputy.DeputyRepository;
import org.liaison.duty.ContactDayText;
import org.liaison.duty.DutyMapper;
import org.liaison.duty.DutyRepository;
import org.liaison.duty.DutyService;
import org.liaison.qr.OwnerKind;
import org.liaison.qr.PublicCode;
import org.liaison.qr.PublicCodeService;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The public page of a venue, reached through the code on its QR poster. */
@ApplicationScoped
public class PublicVenueService {

    private final PublicCodeService codes;
    private final VenueService venues;
    private final DutyRepository duties;
    private final DutyService schedules;
    private final DeputyRepository deputies;

    PublicVenueService(PublicCodeService codes, VenueService venues, DutyRepository duties, DutyService schedules,
                       DeputyRepository deputies) {
        this.codes = codes;
        this.venues = venues;
        this.duties = duties;
        this.schedules = schedules;
        this.deputies = deputies;
    }

    /** 404 for an unknown code, 410 for a replaced poster or a venue that no longer receives residents. */
    @WithSession
    public Uni<PublicVenueView> byCode(String typedCode) {
        return codes.resolve(OwnerKind.VENUE, typedCode).flatMap(code -> venues.require(code.ownerId)
                .invoke(venue -> {
                    if (!venue.active) {
                        throw ProblemException.gone("This venue no longer receives residents; "
                                + "please use the venue above it or another venue nearby.");
                    }
                })
                .flatMap(venue -> venues.chain(venue.id)
                        .flatMap(chain -> duties.listWithDeputies(venue.id)
                                .flatMap(rows -> deputies.findByIds(rows.stream().map(r -> r.duty().deputyId).toList())
                                        .map(found -> view(code, chain, rows, found,
                                                schedules.scheduleFrom(venue.id, rows)))))));
    }

    private static PublicVenueView view(PublicCode code, List<Venue> chain, List<DutyRepository.WithDeputy> rows,
                                        List<Deputy> found, org.liaison.duty.VenueSchedule schedule) {
        Venue venue = chain.get(0);
        Map<Long, Deputy> byId = found.stream().collect(Collectors.toMap(d -> d.id, Function.identity()));
        List<PublicVenueView.ServingDeputy> serving = rows.stream()
                .filter(row -> row.deputyActive() && byId.containsKey(row.duty().deputyId))
                .map(row -> {
                    ContactDayText.Words words = ContactDayText.describe(DutyMapper.ruleOf(row.duty()),
                            row.duty().startsAt, row.duty().endsAt);
                    return new PublicVenueView.ServingDeputy(DeputyMapper.toPublicView(byId.get(row.duty().deputyId)),
                            words.zh(), words.en());
                })
                .toList();
        List<PublicVenueView.ParentVenue> parents = chain.stream().skip(1)
                .map(parent -> new PublicVenueView.ParentVenue(parent.name, parent.kind)).toList();
        return new PublicVenueView(code.code, ReadableCode.grouped(code.code), venue.name, venue.kind, venue.region,
                venue.address, venue.latitude, venue.longitude, venue.openingHours, parents, serving, schedule);
    }
}
