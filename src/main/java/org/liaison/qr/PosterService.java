package org.liaison.qr;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Blocking;
import org.liaison.common.ReadableCode;
import org.liaison.common.problem.ProblemException;
import org.liaison.venue.Venue;
import org.liaison.venue.VenueRepository;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** Printable posters for venues: the content comes from the database, the drawing happens on a worker. */
@ApplicationScoped
public class PosterService {

    private final VenueRepository venues;
    private final PublicCodeService publicCodes;

    PosterService(VenueRepository venues, PublicCodeService publicCodes) {
        this.venues = venues;
        this.publicCodes = publicCodes;
    }

    /** What the venue's poster shows; the next contact day is left empty until the duty calendar provides it. */
    @WithTransaction
    public Uni<PosterContent> content(Long venueId) {
        return venues.findById(venueId).chain(venue -> {
            if (venue == null) {
                return Uni.createFrom().failure(ProblemException.notFound("Venue " + venueId));
            }
            return publicCodes.liveCode(OwnerKind.VENUE, venueId).map(code -> content(venue, code));
        });
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
