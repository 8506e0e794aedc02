package org.liaison.caseflow;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

@ApplicationScoped
@WithSession
public class CaseRepository implements PanacheRepository<ResidentCase> {

    public Uni<ResidentCase> findByTrackingCode(String trackingCode) {
        return find("trackingCode", trackingCode).firstResult();
    }
}
