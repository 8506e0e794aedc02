package org.liaison.deputy;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.Page;
import org.liaison.common.PageRequest;
import org.liaison.common.Versions;
import org.liaison.common.problem.ProblemException;


/** Administration of deputies. A deputy is never deleted: cases and duties keep pointing at it. */
@ApplicationScoped
public class DeputyService {

    private final DeputyRepository deputies;

    DeputyService(DeputyRepository deputies) {
        this.deputies = deputies;
    }

    @WithTransaction
    public Uni<DeputyView> create(CreateDeputyRequest request) {
        Deputy deputy = DeputyMapper.toEntity(request);
        return deputies.persistAndFlush(deputy).map(saved -> {
            Log.infof("Created deputy %d", saved.id);
            return DeputyMapper.toView(saved);
        });
    }

    public Uni<DeputyView> get(long id) {
        return find(id).map(DeputyMapper::toView);
    }

    public Uni<Page<DeputyView>> list(DeputyFilter filter, PageRequest paging) {
        return deputies.search(filter, paging).map(page -> page.map(DeputyMapper::toView));
    }

    @WithTransaction
    public Uni<DeputyView> update(long id, UpdateDeputyRequest request) {
        return find(id).flatMap(deputy -> {
            Versions.require(deputy, request.version(), "Deputy " + id);
            DeputyMapper.update(deputy, request);
            return deputies.flush().map(ignored -> DeputyMapper.toView(deputy));
        });
    }

    /** Deactivates the deputy; asking again changes nothing. */
    @WithTransaction
    public Uni<Void> deactivate(long id) {
        return find(id).invoke(deputy -> {
            if (deputy.active) {
                deputy.active = false;
                Log.infof("Deactivated deputy %d", id);
            }
        }).replaceWithVoid();
    }

    /** The deputy if it exists and is active, otherwise a 404 problem; for features that act on a deputy. */
    public Uni<Deputy> findActive(Long id) {
        return (id == null ? Uni.createFrom().<Deputy>nullItem() : deputies.findById(id))
                .map(deputy -> {
                    if (deputy == null || !deputy.active) {
                        throw ProblemException.notFound("Deputy " + id);
                    }
                    return deputy;
                });
    }

    private Uni<Deputy> find(long id) {
        return deputies.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("Deputy " + id));
    }
}
