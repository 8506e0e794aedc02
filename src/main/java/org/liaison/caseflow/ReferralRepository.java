package org.liaison.caseflow;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
@WithSession
public class ReferralRepository implements PanacheRepository<Referral> {

    public Uni<Referral> findOpen(Long caseId) {
        return find("caseId = ?1 and closedAt is null", caseId).firstResult();
    }

    public Uni<List<Referral>> ofCase(Long caseId) {
        return list("caseId = ?1 order by id", caseId);
    }
}
