package org.liaison.open311.apikey;

import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.logging.Log;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import org.liaison.common.problem.ProblemException;

import java.time.Clock;
import java.util.List;

/** Issues, lists and revokes the keys of Open311 clients, and tells a presented key from a bad one. */
@ApplicationScoped
public class ApiKeyService {

    private final ApiKeyRepository keys;
    private final Clock clock;

    ApiKeyService(ApiKeyRepository keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @WithTransaction
    public Uni<IssuedApiKeyView> create(CreateApiKeyRequest request, String administrator) {
        String secret = ApiKeys.newKey();
        ApiKey key = new ApiKey();
        key.clientName = request.clientName().strip();
        key.keyPrefix = ApiKeys.shownPrefix(secret);
        key.keyHash = ApiKeys.hash(secret);
        key.rateLimitPerMinute = request.rateLimitPerMinute();
        key.createdBy = administrator;
        return keys.persistAndFlush(key).map(saved -> {
            Log.infof("Issued Open311 API key %d (%s) for %s", saved.id, saved.keyPrefix, saved.clientName);
            return new IssuedApiKeyView(ApiKeyView.of(saved), secret);
        });
    }

    public Uni<List<ApiKeyView>> list() {
        return keys.listNewestFirst().map(all -> all.stream().map(ApiKeyView::of).toList());
    }

    /** The key stops working at once; revoking again changes nothing. */
    @WithTransaction
    public Uni<Void> revoke(long id) {
        return keys.findById(id).onItem().ifNull().failWith(() -> ProblemException.notFound("API key " + id))
                .invoke(key -> {
                    if (key.isActive()) {
                        key.revokedAt = clock.instant();
                        Log.infof("Revoked Open311 API key %d (%s)", key.id, key.keyPrefix);
                    }
                }).replaceWithVoid();
    }

    /** The active key presented, or null for a missing, malformed, unknown or revoked one. */
    public Uni<ApiKey> authenticate(String presented) {
        if (!ApiKeys.plausible(presented)) {
            return Uni.createFrom().nullItem();
        }
        return keys.findActiveByHash(ApiKeys.hash(presented));
    }
}
