package org.liaison.auth;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;

/**
 * Tells every instance's revocation check about a change. NOTIFY is transactional: it is delivered only when
 * the transaction that made the change commits, so no instance revokes on a change that was rolled back.
 */
@ApplicationScoped
public class AccountChangeNotifier {

    /** The channel every instance listens on; payloads are {@link RevocationChange#payload()}. */
    public static final String CHANNEL = "account_changes";

    /** Queues the notifications in the current Hibernate Reactive transaction. */
    public Uni<Void> notifyCommitted(List<? extends RevocationChange> changes) {
        return Multi.createFrom().iterable(changes)
                .onItem().transformToUniAndConcatenate(change -> Panache.getSession().flatMap(session -> session
                        .createNativeQuery("select 1 from pg_notify('" + CHANNEL + "', :payload)")
                        .setParameter("payload", change.payload())
                        .getSingleResult()))
                .collect().last()
                .replaceWithVoid();
    }
}
