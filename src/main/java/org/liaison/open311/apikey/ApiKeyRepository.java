package org.liaison.open311.apikey;

import io.quarkus.hibernate.reactive.panache.PanacheRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

@ApplicationScoped
@WithSession
public class ApiKeyRepository implements PanacheRepository<ApiKey> {

    public Uni<ApiKey> findActiveByHash(String keyHash) {
        return find("keyHash = ?1 and revokedAt is null", keyHash).firstResult();
    }

    public Uni<List<ApiKey>> listNewestFirst() {
        return list("order by id desc");
    }
}
