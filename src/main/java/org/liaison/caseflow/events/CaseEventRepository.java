package org.liaison.caseflow.events;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/** A case's own history, read inside a request's session (the case views' timelines). */
@ApplicationScoped
@WithSession
public class CaseEventRepository implements PanacheRepository<CaseEvent> {

    public Uni<List<CaseEvent>> timeline(Long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
