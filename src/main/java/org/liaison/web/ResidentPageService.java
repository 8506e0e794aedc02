package org.liaison.web;

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

import java.util.List;

/** Reads what a resident page shows, through the services the JSON API uses. */
@ApplicationScoped
public class ResidentPageService {

    private final PublicVenueService venues;
    private final PublicCodeService codes;
    private final DeputyRepository deputies;
    private final CategoryService categories;

    ResidentPageService(PublicVenueService venues, PublicCodeService codes, DeputyRepository deputies,
                        CategoryService categories) {
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

    public Uni<List<PublicCategoryView>> categories() {
        return categories.listPublic();
    }
}
