package org.liaison.venue;

import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;
import org.liaison.common.Versions;
import org.liaison.common.problem.ProblemException;

import java.util.List;

/**
 * Venue administration and the venue lookups other features rely on. Venues are never deleted,
 * because cases refer to them: they are deactivated. The rules of the tree are in {@link VenueHierarchy}.
 */
@ApplicationScoped
public class VenueService {

    private final VenueRepository venues;

    VenueService(VenueRepository venues) {
        this.venues = venues;
    }

    @WithTransaction
    public Uni<VenueView> create(CreateVenueRequest request) {
        Venue venue = VenueMapper.newVenue(request);
        return checkPlacement(null, new VenueHierarchy.Placement(null, venue.kind, venue.parentId, true))
                .chain(() -> venues.persistAndFlush(venue))
                .invoke(created -> Log.infof("Venue %d (%s) created", created.id, created.kind))
                .map(VenueMapper::toView);
    }

    @WithSession
    public Uni<VenueView> get(Long id) {
        return require(id).map(VenueMapper::toView);
    }

    @WithSession
    public Uni<Page<VenueView>> list(VenueFilter filter, PageRequest page) {
        return venues.search(filter, page).map(found -> found.map(VenueMapper::toView));
    }

    @WithTransaction
    public Uni<VenueView> update(Long id, UpdateVenueRequest request) {
        return lockedForChange(id)
                .invoke(venue -> Versions.require(venue, request.version(), "Venue " + venue.id))
                .call(venue -> checkPlacement(venue,
                        new VenueHierarchy.Placement(venue.id, request.kind(), request.parentId(), request.active())))
                .invoke(venue -> VenueMapper.apply(request, venue))
                .call(venue -> venues.flush())
                .map(VenueMapper::toView);
    }

    /** Idempotent: an inactive venue stays inactive. */
    @WithTransaction
    public Uni<Void> deactivate(Long id) {
        return lockedForChange(id)
                .call(venue -> !venue.active ? Uni.createFrom().voidItem()
                        : checkPlacement(venue, new VenueHierarchy.Placement(venue.id, venue.kind, venue.parentId, false))
                                .invoke(() -> {
                                    venue.active = false;
                                    Log.infof("Venue %d deactivated", venue.id);
                                }))
                .replaceWithVoid();
    }

    /** The venue, active or not, or a 404 problem. */
    @WithSession
    public Uni<Venue> require(Long id) {
        return venues.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Venue " + id));
    }

    /** The venue when it exists and is active, or a 404 problem: residents and routing never reach an inactive venue. */
    @WithSession
    public Uni<Venue> findActive(Long id) {
        return venues.findById(id).map(venue -> venue != null && venue.active ? venue : null)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Venue " + id));
    }

    /** The venue followed by its ancestors up to its HOME (at most three venues), or a 404 problem. */
    @WithSession
    public Uni<List<Venue>> chain(Long venueId) {
        return venues.chain(venueId).invoke(chain -> {
            if (chain.isEmpty()) {
                throw ProblemException.notFound("Venue " + venueId);
            }
        });
    }

    /**
     * The venue locked for this transaction, so that a concurrent change of it, or a child being
     * added under it while it is deactivated, waits instead of slipping past the checks.
     */
    private Uni<Venue> lockedForChange(Long id) {
        return venues.findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("Venue " + id));
    }

    /** Loads what the hierarchy rules need; the new parent is share-locked so it cannot be deactivated meanwhile. */
    private Uni<Void> checkPlacement(Venue current, VenueHierarchy.Placement proposed) {
        Uni<List<Venue>> parentChain = proposed.parentId() == null ? Uni.createFrom().item(List.of())
                : venues.findById(proposed.parentId(), LockModeType.PESSIMISTIC_READ)
                        .flatMap(parent -> parent == null ? Uni.createFrom().item(List.<Venue>of()) : venues.chain(parent.id));
        Uni<List<Venue>> children = current == null ? Uni.createFrom().item(List.of()) : venues.children(current.id);
        return parentChain.flatMap(chain -> children.map(kids -> VenueHierarchy.check(current, proposed, chain, kids)))
                .invoke(violation -> violation.ifPresent(v -> {
                    throw v.conflict() ? ProblemException.conflict(v.message())
                            : ProblemException.invalid(v.field(), v.message());
                }))
                .replaceWithVoid();
    }
}
