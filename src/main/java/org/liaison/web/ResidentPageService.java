package org.liaison.web;

import io.quarkus.logging.Log;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.category.CategoryService;
import org.liaison.category.PublicCategoryView;
import org.liaison.common.problem.ProblemException;
import org.liaison.deputy.Deputy;
import org.liaison.deputy.DeputyRepository;
import org.liaison.qr.OwnerKind;
import org.liaison.qr.PublicCodeService;
import org.liaison.scan.PublicVenueService;
import org.liaison.scan.PublicVenueView;
import org.liaison.stats.PublicVenueSummaries;
import org.liaison.stats.PublicVenueSummary;

import java.util.List;

/** Reads what a resident page shows, through the services the JSON API uses. */
@ApplicationScoped
public class ResidentPageService {

    private final PublicVenueService venues;
    private final PublicCodeService codes;
    private final DeputyRepository deputies;
    private final CategoryService categories;
    private final PublicVenueSummaries records;

    ResidentPageService(PublicVenueService venues, PublicCodeService codes, DeputyRepository deputies,
                        CategoryService categories, PublicVenueSummaries records) {
        this.records = records;
        this.venues = venues;
        this.codes = codes;
        this.deputies = deputies;
        this.categories = categories;
    }

    public Uni<PublicVenueView> venue(String code) {
        return venues.byCode(code);
    }

    /** The deputy of a personal code: 404 unknown, 410 replaced or no longer receiving residents. */
    @WithSession
    public Uni<Deputy> deputy(String code) {
        return codes.resolve(OwnerKind.DEPUTY, code).flatMap(found -> deputies.findById(found.ownerId)).map(deputy -> {
            if (deputy == null) {
                throw ProblemException.notFound("Deputy");
            }
            if (!deputy.active) {
                throw ProblemException.gone("This deputy no longer receives messages.");
            }
            return deputy;
        });
    }

    /** The venue's public record, or null when it cannot be read: the page and its form matter more. */
    public Uni<PublicVenueSummary> venueRecord(PublicVenueView venue) {
        return records.ofLiveCode(venue.code()).onFailure().recoverWithItem(e -> {
            Log.warnf(e, "The public record of venue code %s could not be read", venue.code());
            return null;
        });
    }

    public Uni<List<PublicCategoryView>> categories() {
        return categories.listPublic();
    }
}
